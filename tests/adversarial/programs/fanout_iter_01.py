"""A generator feeds a loop: the second item's call fails before the generator raises."""

import autoform as af

CAUSE = 8
ARGS = ()
FAIL = {"item-1"}


def items():
    yield "item-0"
    yield "item-1"
    raise OSError("source exhausted badly")


def main():
    out = []
    for it in items():
        out.append(af.lm_call([{"role": "user", "content": it}], model="m"))
    return out
