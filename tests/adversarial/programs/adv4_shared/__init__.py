"""Modules the adv4_mod programs import from: classes and helpers of a second module of theirs
that ask for, or run, an event loop. (Not a program: `programs()` lists only the files beside
this package.)"""
