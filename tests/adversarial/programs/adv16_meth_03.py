"""A str constant rebound through setattr on the module object by a helper, to an object
whose `upper` appends to a module list, read inside a fanned-out loop."""

import sys

import autoform as af

CAUSE = "constant rebound via setattr module"
ARGS = (["owls", "cats", "dogs"],)
LOG = []
PREFIX = "note"


class Loud:
    def upper(self):
        LOG.append("upper")
        return "NOTE"


def install():
    setattr(sys.modules[__name__], "PREFIX", Loud())


def main(items: list):
    install()
    out = []
    for t in items:
        out.append(af.lm_call([{"role": "user", "content": f"{PREFIX.upper()} {t}"}], model="m"))
    return out
