"""lm_call under other names: an alias at module level and one imported with `as`."""

import autoform as af
from autoform import lm_call as q

CAUSE = "helpers"
ARGS = ("owl",)
ask = af.lm_call


def main(topic: str):
    a = ask([{"role": "user", "content": topic}], model="m")
    b = q([{"role": "user", "content": a}], model="m")
    return [a, b]
