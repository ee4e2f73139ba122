"""A string concatenation with a str subclass whose __add__ logs, reused by two chained calls."""

import autoform as af

CAUSE = 16
LOG = []


class Loud(str):
    def __radd__(self, other):
        LOG.append("radd")
        return str.__add__(other, str(self))


ARGS = (Loud("!"),)


def main(bang):
    a = af.lm_call([{"role": "user", "content": "a"}], model="m")
    b = af.lm_call([{"role": "user", "content": "b"}], model="m")
    c = af.lm_call([{"role": "user", "content": a}], model="m")
    shout = b + bang
    d = af.lm_call([{"role": "user", "content": shout}], model="m")
    e = af.lm_call([{"role": "user", "content": shout * 2}], model="m")
    return [c, d, e]
