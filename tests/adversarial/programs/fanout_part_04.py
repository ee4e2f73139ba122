"""The dict a loop fills is a module global, partial when the third item fails."""

import autoform as af

CAUSE = "fanout-partial"
ARGS = (["a", "b", "c-FAIL"],)
FAIL = {"FAIL"}
TABLE = {}


def main(items: list):
    for it in items:
        TABLE[it] = af.lm_call([{"role": "user", "content": it}], model="m")
    return TABLE
