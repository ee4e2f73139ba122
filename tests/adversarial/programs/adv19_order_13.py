"""and/or short-circuit between LM calls with a FAIL on the skipped one."""

import autoform as af

CAUSE = "or short-circuit skip failing"
ARGS = ("owls", "cats")
FAIL = ["cats"]


def main(a: str, b: str):
    r = af.lm_call([{"role": "user", "content": a}], model="m") or af.lm_call(
        [{"role": "user", "content": b}], model="m"
    )
    s = "" and af.lm_call([{"role": "user", "content": b}], model="m")
    return r, s
