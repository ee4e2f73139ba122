"""Arguments are evaluated left to right: a failing call before a printing argument."""

import autoform as af

CAUSE = 5
ARGS = ("t",)
FAIL = {"broken"}


def noisy():
    print("noisy ran")
    return "n"


def combine(a, b):
    return a + b


def main(topic: str):
    return combine(af.lm_call([{"role": "user", "content": "broken"}], model="m"), noisy())
