"""An f-string of an object whose __format__ counts in a module global, in the prompt
of a call after an independent call that fails: the count stays 0."""

import autoform as af

CAUSE = 7
ARGS = ("owls",)
FAIL = {"first"}
FORMATTED = 0


class Topic:
    def __format__(self, spec):
        global FORMATTED
        FORMATTED += 1
        return "topic"


def main(topic: str):
    t = Topic()
    a = af.lm_call([{"role": "user", "content": "first " + topic}], model="m")
    b = af.lm_call([{"role": "user", "content": f"About {t}"}], model="m")
    return [a, b]
