"""A __format__ attached to a class after its definition logs; f-string between calls."""

import autoform as af

CAUSE = "dunder assigned onto class after definition"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


class Tag:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Tag({self.v!r})"


def _fmt(self, spec):
    LOG.append("fmt " + self.v)
    return self.v.upper()


Tag.__format__ = _fmt


def show(x):
    r = ask(x)
    return f"{Tag(r)}"


def main(items):
    LOG.append("start")
    out = [show(x) for x in items]
    LOG.append("end")
    return out
