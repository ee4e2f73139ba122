"""Conditional expression where the test raises (int of reply) after another call."""

import autoform as af

CAUSE = "int parse failure ordering"
ARGS = ("owls", "cats")
FAIL = ["cats"]


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    n = int(ra) if ra.isdigit() else int(ra.strip("<>"))
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return n, rb
