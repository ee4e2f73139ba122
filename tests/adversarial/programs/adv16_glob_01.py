"""A module counter bumped by a helper between two calls; the second call's prompt reads
the counter through globals()."""

import autoform as af

CAUSE = "global read through globals"
ARGS = ("owls",)
COUNT = 0


def bump():
    global COUNT
    COUNT += 1


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    bump()
    b = af.lm_call([{"role": "user", "content": f"{topic} count={globals()['COUNT']}"}], model="m")
    return a, b
