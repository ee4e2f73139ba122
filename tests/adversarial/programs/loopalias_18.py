"""A helper returns a module constant string that the caller uses to build a
prompt, then the global is rebound, then the helper is read again."""

import autoform as af

CAUSE = "alias"
ARGS = ("owls",)
PREFIX = "Q"


def prefix():
    return PREFIX


def main(topic: str):
    global PREFIX
    p = prefix()
    a = af.lm_call([{"role": "user", "content": p + topic}], model="m")
    PREFIX = "R"
    b = af.lm_call([{"role": "user", "content": prefix() + topic}], model="m")
    return [a, b, p]
