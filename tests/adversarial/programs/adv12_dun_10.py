"""The budget class is defined by exec of a string."""

import autoform as af

CAUSE = "fan-out dunder exec"
ARGS = (["owls", "cats", "dogs", "bees"],)

exec(
    "class Budget:\n"
    "    def __init__(self, n):\n"
    "        self.n = n\n"
    "    def __bool__(self):\n"
    "        self.n -= 1\n"
    "        return self.n >= 0\n"
)


def main(topics: list):
    budget = Budget(2)  # noqa: F821
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        if budget:
            r = af.lm_call([{"role": "user", "content": "refine " + r}], model="m")
        out.append(r)
    return out
