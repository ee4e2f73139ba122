"""A comprehension whose filter asks the model: asked for every item, answered in order."""

import autoform as af

CAUSE = "comprehension"
ARGS = (["x", "yy", "zzz"],)


def main(items: list):
    return [it for it in items if len(af.lm_call([{"role": "user", "content": it}], model="m")) > 6]
