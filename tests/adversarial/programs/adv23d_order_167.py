"""Evaluation order: an attribute target's object from a pinned helper, value from an ask."""
import logging

import autoform as af

CAUSE = "pinned helper evaluation order: attribute target after the value"
ARGS = ("owls", "cats", "n")
LOG = []


class Box:
    def __repr__(self):
        return "Box()"


BOX = Box()


def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    print("ask", t)
    LOG.append("ask " + t)
    return r


def pinned(t, n):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("pinned %d", n)
    print("pinned", t)
    LOG.append("pinned " + t)
    return BOX


def main(a, b, n):
    pinned(a, n).v = ask(b)
    return BOX.v
