"""A dict display: a printing value comes before the failing call's value."""

import autoform as af

CAUSE = 5
ARGS = ("t",)
FAIL = {"second"}


def noisy():
    print("first value")
    return 1


def main(topic: str):
    return {"a": noisy(), "b": af.lm_call([{"role": "user", "content": "second"}], model="m")}
