"""A `match` on a parameter beside an earlier call; the case binds a name used after."""

import autoform as af

CAUSE = "blocks"
ARGS = ({"kind": "pair", "left": "L", "right": "R"},)


def main(cmd):
    a = af.lm_call([{"role": "user", "content": "intro"}], model="m")
    match cmd:
        case {"kind": "pair", "left": left, "right": right}:
            b = af.lm_call([{"role": "user", "content": left + right}], model="m")
        case _:
            left = "?"
            b = ""
    return [a, b, left]
