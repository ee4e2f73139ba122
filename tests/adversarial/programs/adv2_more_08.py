"""A walrus in a while test asks until the reply is long."""

import autoform as af

CAUSE = "loop"
ARGS = ("q",)


def main(q: str):
    n = 0
    while len(r := af.lm_call([{"role": "user", "content": q + "!" * n}], model="m")) < 12:
        n += 1
        print("short", r)
    return [r, n]
