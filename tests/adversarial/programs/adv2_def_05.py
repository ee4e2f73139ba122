"""A slice with a zero step, built from a parameter, after a call that fails."""

import autoform as af

CAUSE = "deferred"
ARGS = ("owls", 0)
FAIL = {"boom"}


def main(topic: str, step: int):
    a = af.lm_call([{"role": "user", "content": "boom " + topic}], model="m")
    part = topic[::step]
    b = af.lm_call([{"role": "user", "content": part}], model="m")
    return [a, b]
