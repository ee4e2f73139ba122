"""A `for` loop (not fanned out: it prints) after an unrelated call that fails."""

import autoform as af

CAUSE = "blocks"
ARGS = (["x", "y"],)
FAIL = {"first"}


def main(items: list):
    a = af.lm_call([{"role": "user", "content": "first"}], model="m")
    for it in items:
        print("item", it)
    return a
