"""assert with an LM call in the message; assert fails."""

import autoform as af

CAUSE = "assert message call"
ARGS = ("owls", "cats")


def main(a: str, b: str):
    r = af.lm_call([{"role": "user", "content": a}], model="m")
    assert len(r) > 100, af.lm_call([{"role": "user", "content": b}], model="m")
    return r
