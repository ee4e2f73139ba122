"""A collecting loop over a dict's items while a value fails to parse as a number."""

import autoform as af

CAUSE = "pipeline"
ARGS = ({"owl": "3", "bat": "x", "cat": "5"},)
FAIL = ["cat"]


def main(weights: dict):
    out = []
    for name, w in weights.items():
        r = af.lm_call([{"role": "user", "content": name}], model="m")
        out.append(r * int(w))
    return out
