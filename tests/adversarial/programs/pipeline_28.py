"""A primitive tool calls sys.exit on bad input; the function catches SystemExit."""

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
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    try:
        v = validate(a)
    except SystemExit as exc:
        v = "exit " + str(exc)
    return [a, v]
