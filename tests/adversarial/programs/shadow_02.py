"""A local `len` with a side effect shadows the builtin."""

import autoform as af

CAUSE = "shadowing"
ARGS = ("owl",)
FAIL = {"first"}
LOG = []


def main(topic: str):
    def len(x):
        LOG.append("len")
        return 3

    a = af.lm_call([{"role": "user", "content": "first " + topic}], model="m")
    n = len(topic)
    return [a, n]
