"""Lambdas made in a list comprehension beside LM calls: their __qualname__ returned."""

import autoform as af

CAUSE = "listcomp lambda qualname"
ARGS = (["owls", "cats"],)


def main(items):
    rs = [af.lm_call([{"role": "user", "content": t}], model="m") for t in items]
    fs = [(lambda: r) for r in rs]
    return [f.__qualname__ for f in fs], [f() for f in fs]
