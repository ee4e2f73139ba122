"""Reply split and indexed out of range (IndexError) before a later LM failure."""

import autoform as af

CAUSE = "IndexError before LM failure"
ARGS = ("owls", "cats")
FAIL = ["cats"]


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    print("got a")
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra.split()[3], rb
