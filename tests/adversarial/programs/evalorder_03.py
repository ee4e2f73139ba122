"""`float(s) * len(ask(...))`: the ValueError of float comes before the call."""

import autoform as af

CAUSE = 5
ARGS = ("not a number",)
FAIL = {"measure"}


def main(s):
    return float(s) * len(af.lm_call([{"role": "user", "content": "measure"}], model="m"))
