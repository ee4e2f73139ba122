"""A str subclass whose __radd__ prints: "about " + topic runs it (a subclass's reflected
method comes first); an earlier independent call fails."""

import autoform as af

CAUSE = 7


class Loud(str):
    def __radd__(self, other):
        print("radd")
        return str(other) + str.__str__(self)


ARGS = (Loud("owls"),)
FAIL = {"boom"}


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    b = af.lm_call([{"role": "user", "content": "about " + topic}], model="m")
    return [a, b]
