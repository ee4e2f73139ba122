"""str() of an object whose __str__ prints, in the prompt of a call after an
independent call that fails: nothing printed."""

import autoform as af

CAUSE = 7
ARGS = ("owls",)
FAIL = {"first"}


class Topic:
    def __str__(self):
        print("str called")
        return "topic"


def main(topic: str):
    t = Topic()
    a = af.lm_call([{"role": "user", "content": "first " + topic}], model="m")
    b = af.lm_call([{"role": "user", "content": "About " + str(t)}], model="m")
    return [a, b]
