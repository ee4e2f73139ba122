"""An f-string of an object whose __format__ raises, in the prompt of a call after an
independent call that fails: the first call's failure, not the ValueError."""

import autoform as af

CAUSE = 7
ARGS = ("owls",)
FAIL = {"first"}


class Topic:
    def __format__(self, spec):
        raise ValueError("no format")


def main(topic: str):
    t = Topic()
    a = af.lm_call([{"role": "user", "content": "first " + topic}], model="m")
    b = af.lm_call([{"role": "user", "content": f"About {t}"}], model="m")
    return [a, b]
