"""A module template filled with an object whose __format__ logs, and repr() of one
whose __repr__ logs, after an independent call that fails: nothing logged."""

import autoform as af

CAUSE = 7
ARGS = ("owls",)
FAIL = {"first"}
LOG = []
TEMPLATE = "About {}"


class Topic:
    def __format__(self, spec):
        LOG.append("format")
        return "topic"

    def __repr__(self):
        LOG.append("repr")
        return "Topic()"


def main(topic: str):
    t = Topic()
    a = af.lm_call([{"role": "user", "content": "first " + topic}], model="m")
    b = af.lm_call([{"role": "user", "content": TEMPLATE.format(t)}], model="m")
    c = af.lm_call([{"role": "user", "content": repr(t)}], model="m")
    return [a, b, c]
