"""Augmented assignment on a dict item whose key comes from a helper that prints."""

import autoform as af

CAUSE = "aug item key eval order"
ARGS = ("owls", "cats")


def key(k):
    print("key", k)
    return k


def main(a: str, b: str):
    d = {"x": "", "y": ""}
    d[key("x")] += af.lm_call([{"role": "user", "content": a}], model="m")
    d[key("y")] += af.lm_call([{"role": "user", "content": b}], model="m")
    return d
