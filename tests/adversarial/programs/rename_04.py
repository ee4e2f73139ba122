"""eval() of a local name after it was rebound."""

import autoform as af

CAUSE = 12
ARGS = ("moon",)


def main(topic: str):
    text = af.lm_call([{"role": "user", "content": topic}], model="m")
    text = text.upper()
    return eval("text")
