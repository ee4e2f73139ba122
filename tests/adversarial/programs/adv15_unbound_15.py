"""A formatter closure defined before the loop reads a name bound only on one branch."""

import autoform as af

CAUSE = "9"
ARGS = (["owls", "cats"], False)


def main(items: list, shout: bool):
    if shout:
        mark = "!"

    def fmt(s):
        return s + mark

    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(fmt(r))
    return out
