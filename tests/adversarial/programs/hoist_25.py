"""A missing attribute of an imported module, in a message dict, after a print."""

import math

import autoform as af

CAUSE = 7
ARGS = ("owl",)


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    print("step one", a)
    msg = {"role": "user", "content": str(math.tau2)}
    return af.lm_call([msg], model="m")
