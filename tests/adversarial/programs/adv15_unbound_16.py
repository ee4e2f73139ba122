"""A name captured by a closure elsewhere (a cell), read directly in the loop body."""

import autoform as af

CAUSE = "9"
ARGS = (["owls", "cats"], False)


def main(items: list, shout: bool):
    if shout:
        mark = "!"
        loud = lambda s: s + mark
        print(loud("ready"))
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(r + mark)
    return out
