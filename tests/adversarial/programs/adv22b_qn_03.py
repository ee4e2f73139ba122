"""A generator expression in a fanned-out loop body: repr of its code's qualname."""

import autoform as af

CAUSE = "genexpr qualname in loop item"
ARGS = (["owls", "cats"],)


def main(items):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        g = (c for c in r)
        out.append((g.__qualname__, g.__name__, "".join(g)))
    return out
