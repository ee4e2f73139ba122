"""A primitive tool calls sys.exit while an independent LM call is in flight; uncaught."""

import sys

import autoform as af

CAUSE = "pipeline"
ARGS = ("owl",)


@af.primitive
def validate(text: str) -> str:
    if "owl" in text:
        sys.exit("invalid: " + text)
    return text


def main(topic: str):
    v = validate(topic)
    b = af.lm_call([{"role": "user", "content": topic + "?"}], model="m")
    return [v, b]
