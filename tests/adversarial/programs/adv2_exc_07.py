"""Division by a zero parameter and str.index of a missing piece, after a call that fails."""

import autoform as af

CAUSE = "deferred"
ARGS = ("owls", 0)
FAIL = {"boom"}


def main(topic: str, parts: int):
    a = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    size = len(topic) // parts
    b = af.lm_call([{"role": "user", "content": topic[:size]}], model="m")
    return [a, b]
