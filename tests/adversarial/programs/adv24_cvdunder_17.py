"""A primitive sets a context var through a user class's __setitem__."""

import contextvars
import time

import autoform as af

CAUSE = "context var set inside a dunder the primitive triggers"
ARGS = ("owls", "cats")

_VAR = contextvars.ContextVar("adv24_cvdunder_17", default="unset")


class Box:
    def __setitem__(self, k, v):
        _VAR.set(v)

    def __getitem__(self, k):
        return _VAR.get()


BOX = Box()


@af.primitive
def fetch(t, d):
    seen = BOX["k"]
    time.sleep(d)
    BOX["k"] = t
    return t + "/" + seen


def main(a: str, b: str):
    ra = fetch(a, 0.02)
    rb = fetch(b, 0.0)
    return ra, rb, BOX["k"]
