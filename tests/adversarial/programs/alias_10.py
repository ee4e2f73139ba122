"""A module list of messages is cleared after a call that depends on an earlier reply."""

import autoform as af

CAUSE = "alias"
ARGS = ("newts",)
QUEUE = []


def main(topic: str):
    QUEUE.append({"role": "user", "content": topic})
    a = af.lm_call([{"role": "user", "content": "first"}], model="m")
    QUEUE.append({"role": "user", "content": a})
    b = af.lm_call(QUEUE, model="m")
    QUEUE.clear()
    return [b, len(QUEUE)]
