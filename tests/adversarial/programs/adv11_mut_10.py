"""A str subclass topic whose __add__ logs; each turn builds its prompt by +."""

import autoform as af

CAUSE = "dunder"
ARGS = None
LOG = []


class Topic(str):
    def __add__(self, other):
        LOG.append("add " + str.__str__(self))
        return Topic(str.__add__(self, other))


ARGS = ([Topic("owls"), Topic("cats")],)


def main(topics: list):
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t + " please"}], model="m")
        out.append(t + r)
    return out
