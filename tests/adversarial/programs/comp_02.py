"""A comprehension with an `if` filter on the reply."""

import autoform as af

CAUSE = "comprehension"
ARGS = (["keep", "drop", "keep2"],)


def main(items: list):
    return [
        r
        for r in [af.lm_call([{"role": "user", "content": it}], model="m") for it in items]
        if "keep" in r
    ]
