"""A module whose class is swapped for one with a property that prints."""

import sys
import types

LOADED = []


class _Mod(types.ModuleType):
    @property
    def MODEL(self):
        LOADED.append("MODEL")
        print("loading MODEL")
        return "m"


sys.modules[__name__].__class__ = _Mod
