"""A conditional expression inside an elif test with a reply."""

import autoform as af

CAUSE = "call in elif test only when reached"
ARGS = ("owls", "cats")
FAIL = ["cats"]


def main(a: str, b: str):
    x = af.lm_call([{"role": "user", "content": a}], model="m")
    if "owls" in x:
        return x
    elif "cats" in af.lm_call([{"role": "user", "content": b}], model="m"):
        return "cats"
    return None
