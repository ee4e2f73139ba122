"""f-string of an object whose __format__ logs, around two independent calls."""

import autoform as af

CAUSE = "__format__ side effect reordered against later call"
ARGS = ("owls", "cats")
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


class Tag:
    def __init__(self, name):
        self.name = name

    def __format__(self, spec):
        LOG.append("fmt:" + self.name)
        return self.name.upper()

    def __repr__(self):
        return f"Tag({self.name})"


def main(a, b):
    ra = ask(a)
    t = Tag(ra)
    line = f"{t:>5}"
    rb = ask(b)
    return line, rb
