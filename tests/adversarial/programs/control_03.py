"""A while loop that asks until a counter runs out, printing as it goes."""

import autoform as af

CAUSE = "control"
ARGS = (3,)


def main(n: int):
    text = "seed"
    while n > 0:
        text = af.lm_call([{"role": "user", "content": text[-10:]}], model="m")
        print("round", n)
        n -= 1
    return text
