"""The kwargs dict of the call (temperature) is reused and changed between two calls."""

import autoform as af

CAUSE = "kwargs dict reused"
ARGS = ("owls", "cats")


def main(a: str, b: str):
    opts = {"temperature": 0.1}
    ra = af.lm_call([{"role": "user", "content": a}], model="m", **opts)
    opts["temperature"] = 0.9
    rb = af.lm_call([{"role": "user", "content": b}], model="m", **opts)
    return ra, rb
