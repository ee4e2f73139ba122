"""A dict subclass whose `update` prints; called after a failing call."""

import autoform as af

CAUSE = 4
ARGS = ("gold",)
FAIL = {"gold"}


class Loud(dict):
    def update(self, *a, **k):
        print("updating", a, k)
        super().update(*a, **k)


def main(topic: str):
    d = Loud()
    r = af.lm_call([{"role": "user", "content": topic}], model="m")
    d.update(x=1)
    return [r, d]
