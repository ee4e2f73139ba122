"""A lambda in the loop body reads a name bound only on one branch (a free variable)."""

import autoform as af

CAUSE = "9"
ARGS = (["owls", "cats"], False)


def main(items: list, shout: bool):
    if shout:
        mark = "!"
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        fmt = lambda s: s + mark
        out.append(fmt(r))
    return out
