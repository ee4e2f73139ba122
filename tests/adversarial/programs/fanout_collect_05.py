"""A list key inside a dict comprehension: TypeError before a later item's failure."""

import autoform as af

CAUSE = 10
ARGS = ([["a"], "b-FAIL"],)
FAIL = {"FAIL"}


def main(items: list):
    return {it: af.lm_call([{"role": "user", "content": str(it)}], model="m") for it in items}
