"""The names in locals() at the end of the function."""

import autoform as af

CAUSE = 12
ARGS = ("sun",)


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    b = af.lm_call([{"role": "user", "content": topic + "?"}], model="m")
    a = a + b
    return sorted(locals())
