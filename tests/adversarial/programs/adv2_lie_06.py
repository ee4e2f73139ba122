"""topic: str is given an object with __radd__ that prints; "about " + topic in a call after
an independent call that fails."""

import autoform as af

CAUSE = 7


class Topic:
    def __radd__(self, other):
        print("radd")
        return other + "topic"


ARGS = (Topic(),)
FAIL = {"boom"}


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    b = af.lm_call([{"role": "user", "content": "about " + topic}], model="m")
    return [a, b]
