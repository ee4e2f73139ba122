"""A helper's parameter annotated str is given a user object by an unannotated main; its
f-string runs the object's __format__ (which prints) after an independent failing call."""

import autoform as af

CAUSE = 7
FAIL = {"boom"}


class Topic:
    def __format__(self, spec):
        print("format")
        return "topic"


ARGS = (Topic(),)


def about(t: str) -> str:
    return f"about {t}"


def main(topic):
    a = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    b = af.lm_call([{"role": "user", "content": about(topic)}], model="m")
    return [a, b]
