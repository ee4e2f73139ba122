"""A class defined in main with a reply in its body."""

import autoform as af

CAUSE = "class body call"
ARGS = ("owls", "cats")


def main(a: str, b: str):
    class Cfg:
        tone = af.lm_call([{"role": "user", "content": a}], model="m")

    y = af.lm_call([{"role": "user", "content": b}], model="m")
    return Cfg.tone, y
