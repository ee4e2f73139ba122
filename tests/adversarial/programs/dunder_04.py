"""__add__ with a side effect builds a prompt from a reply."""

import autoform as af

CAUSE = 16
ARGS = ()
LOG = []


class Prefix:
    def __add__(self, other):
        LOG.append("add " + other)
        return "pre:" + other


def main():
    p = Prefix()
    a = af.lm_call([{"role": "user", "content": "a"}], model="m")
    b = af.lm_call([{"role": "user", "content": "b"}], model="m")
    c = af.lm_call([{"role": "user", "content": p + a}], model="m")
    return [b, c]
