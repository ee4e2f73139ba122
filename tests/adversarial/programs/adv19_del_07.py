"""A comprehension of handles registered in a WeakValueDictionary; after the list is
dropped, the registry should be empty."""

import weakref

import autoform as af

CAUSE = "weak registry after drop"
ARGS = (["owls", "cats"],)


class Handle:
    def __init__(self, r):
        self.r = r


def main(items: list):
    reg = weakref.WeakValueDictionary()
    hs = [Handle(af.lm_call([{"role": "user", "content": t}], model="m")) for t in items]
    for i, h in enumerate(hs):
        reg[i] = h
    del h
    n_before = len(reg)
    hs = []
    return n_before, len(reg)
