"""A conditional expression whose test object prints in __bool__."""

import autoform as af

CAUSE = "lazy"


class Verbose:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("checked", self.v)
        return self.v


ARGS = ("owls", Verbose(False))


def main(topic: str, long):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    print("first done")
    b = (
        af.lm_call([{"role": "user", "content": "long " + topic}], model="m")
        if long
        else af.lm_call([{"role": "user", "content": "short " + topic}], model="m")
    )
    return [a, b]
