"""Unpacking a reply split into exactly two parts: a ValueError for a reply with more
parts; the starred-target version collects the rest. Straight line with print between."""

import autoform as af

CAUSE = "unpacking error order"
ARGS = ("owls", "cats")


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    head, *rest = ra.split(":")
    print("head", head, len(rest))
    rb = af.lm_call([{"role": "user", "content": b + " " + head}], model="m")
    x, y = rb.split("m")
    return x, y
