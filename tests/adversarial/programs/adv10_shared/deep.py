"""Frame reads in a module reached only through a helper's helper."""

import inspect


def caller_name():
    return inspect.getframeinfo(inspect.currentframe().f_back.f_back).function


def relay():
    return caller_name()
