"""`__call__` with an effect on module state read by the next call's prompt."""

import autoform as af

CAUSE = "classes"
ARGS = ("owls",)
STATE = {"n": 0}


class Step:
    def __call__(self, q):
        STATE["n"] += 1
        return af.lm_call([{"role": "user", "content": f"{q} step {STATE['n']}"}], model="m")


step = Step()


def main(topic: str):
    a = step(topic)
    b = step(topic)
    return [a, b, STATE["n"]]
