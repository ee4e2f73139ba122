"""A block reads a global that a later statement rebinds: the block must see the old value."""

import autoform as af

CAUSE = "blocks"
ARGS = (True,)
LEVEL = "low"


def main(go: bool):
    global LEVEL
    a = af.lm_call([{"role": "user", "content": "a"}], model="m")
    if go:  # noqa: SIM108
        b = af.lm_call([{"role": "user", "content": "level " + LEVEL}], model="m")
    else:
        b = ""
    LEVEL = "high"
    return [a, b, LEVEL]
