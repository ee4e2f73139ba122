"""An f-string of a parameter of unknown type (an object whose __format__ logs), in the
prompt of a call after an independent call that fails: nothing logged."""

import autoform as af

CAUSE = 7
FAIL = {"first"}
LOG = []


class Topic:
    def __format__(self, spec):
        LOG.append("format")
        return "topic"


ARGS = (Topic(),)


def main(topic):
    a = af.lm_call([{"role": "user", "content": "first"}], model="m")
    b = af.lm_call([{"role": "user", "content": f"About {topic}"}], model="m")
    return [a, b]
