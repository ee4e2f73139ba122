"""Builds objects whose class lives in a module this one imports only when called."""


def budget(n):
    from .hidden import Budget

    return Budget(n)


def meter():
    import importlib

    return importlib.import_module("adv12_shared.hidden").Meter()


REGISTRY = {}


def register(name, obj):
    REGISTRY[name] = obj
    return obj
