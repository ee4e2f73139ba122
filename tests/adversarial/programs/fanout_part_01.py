"""The list a loop fills comes from module state (setdefault): a failure leaves it partial."""

import autoform as af

CAUSE = 2
ARGS = (["a", "b", "c-FAIL", "d"],)
FAIL = {"FAIL"}
RESULTS = {}


def main(items: list):
    out = RESULTS.setdefault("run", [])
    for it in items:
        out.append(af.lm_call([{"role": "user", "content": it}], model="m"))
    return out
