"""A dict comprehension over enumerate, with an item that fails in the middle."""

import autoform as af

CAUSE = "comprehension"
ARGS = (["p", "q-FAIL", "r"],)
FAIL = {"FAIL"}


def main(items: list):
    return {i: af.lm_call([{"role": "user", "content": s}], model="m") for i, s in enumerate(items)}
