"""A fanned-out loop formats user objects (their __format__ appends to a module list) in
each item's prompt."""

import autoform as af

CAUSE = 7
LOG = []


class Item:
    def __init__(self, name):
        self.name = name

    def __format__(self, spec):
        LOG.append("fmt " + self.name)
        return self.name


ARGS = ([Item("a"), Item("b"), Item("c")],)


def main(items: list[str]):
    out = []
    for it in items:
        r = af.lm_call([{"role": "user", "content": f"about {it}"}], model="m")
        LOG.append("got " + r)
        out.append(r)
    return out
