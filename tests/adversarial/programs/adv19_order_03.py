"""Walrus in a conditional expression; the else branch asks another."""

import autoform as af

CAUSE = "walrus in ternary"
ARGS = ("owls", "cats")


def main(a: str, b: str):
    x = (r := af.lm_call([{"role": "user", "content": a}], model="m")) if len(a) > 3 else "no"
    y = af.lm_call([{"role": "user", "content": b}], model="m")
    return x, y, r
