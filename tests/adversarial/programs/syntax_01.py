"""Annotated assignments with calls, and a bare annotation."""

import autoform as af

CAUSE = "syntax"
ARGS = ("owl",)


def main(topic: str):
    a: str = af.lm_call([{"role": "user", "content": topic}], model="m")
    b: str
    b = af.lm_call([{"role": "user", "content": a}], model="m")
    c: list = [af.lm_call([{"role": "user", "content": topic + "?"}], model="m")]
    return [a, b, c]
