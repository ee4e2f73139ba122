"""A fanned-out loop of async primitives setting VAR; one raises; after catching, VAR is the failing one's."""

import contextvars

import autoform as af

CAUSE = "gather failure carries later items"
ARGS = (["owls", "cats", "dogs"],)

VAR = contextvars.ContextVar("adv22a_loopfail_15", default="unset")


@af.primitive
async def mark(x):
    VAR.set(x)
    if x == "cats":
        raise ValueError(x)
    return x


def main(xs):
    out = []
    try:
        for x in xs:
            out.append(mark(x))
    except ValueError:
        pass
    return out, VAR.get()
