"""A set comprehension of replies."""

import autoform as af

CAUSE = "comprehension"
ARGS = (["same", "same", "other"],)


def main(items: list):
    return sorted({af.lm_call([{"role": "user", "content": it}], model="m") for it in items})
