"""Starred unpack of a reply's chars beside independent call."""

import autoform as af

CAUSE = "starred unpack reply"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a, b):
    first, *mid, last = ask(a)
    other = ask(b)
    return first, "".join(mid), last, other
