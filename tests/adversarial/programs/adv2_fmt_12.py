"""A float parameter's format spec that is invalid for it (ValueError), after a failing call."""

import autoform as af

CAUSE = "deferred"
ARGS = (3.5, "d")
FAIL = {"boom"}


def main(x: float, spec: str):
    a = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    b = af.lm_call([{"role": "user", "content": f"value {x:{spec}}"}], model="m")
    return [a, b]
