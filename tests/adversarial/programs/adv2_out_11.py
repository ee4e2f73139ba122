"""print with a user sep object? No: a str subclass as sep whose __str__ is never used, and
a user object printed whose __str__ raises after an independent failing call."""

import autoform as af

CAUSE = "output"
ARGS = ("owls",)
FAIL = {"boom"}


class Bad:
    def __str__(self):
        raise ValueError("no str")


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": "boom " + topic}], model="m")
    print("value:", Bad())
    b = af.lm_call([{"role": "user", "content": topic}], model="m")
    return [a, b]
