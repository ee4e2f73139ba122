"""Helpers over libcst trees that know nothing of autoform's analyses: a fast read-only
walk, fresh names, and the layout of emitted code. Every stage above may use them."""
