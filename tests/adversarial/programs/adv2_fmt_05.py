"""A str subclass whose __add__ raises, as the left operand of a prompt; an earlier call fails."""

import autoform as af

CAUSE = 7


class Sealed(str):
    def __add__(self, other):
        raise TypeError("sealed")


ARGS = (Sealed("owls"),)
FAIL = {"boom"}


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    b = af.lm_call([{"role": "user", "content": topic + " please"}], model="m")
    return [a, b]
