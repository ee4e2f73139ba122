"""A str subclass whose __format__ prints is passed as the str parameter; an f-string of it
in a call after an independent call that fails."""

import autoform as af

CAUSE = 7


class Loud(str):
    def __format__(self, spec):
        print("format", str.__str__(self))
        return str.__format__(self, spec)


ARGS = (Loud("owls"),)
FAIL = {"boom"}


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    b = af.lm_call([{"role": "user", "content": f"about {topic}"}], model="m")
    return [a, b]
