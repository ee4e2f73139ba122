"""A module global named `_af` that the function reads."""

import autoform as af

CAUSE = "names"
ARGS = ("owl",)
_af = "user's own _af"


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    b = af.lm_call([{"role": "user", "content": topic + "?"}], model="m")
    return [a, b, _af]
