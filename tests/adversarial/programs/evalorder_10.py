"""`holder["k"] += ask(...)` on a dict without "k": KeyError before the call."""

import autoform as af

CAUSE = 5
ARGS = ({"other": "x"},)
FAIL = {"more"}


def main(holder):
    holder["k"] += af.lm_call([{"role": "user", "content": "more"}], model="m")
    return holder
