"""functools.cached_property computed at first read, in the prompt of each item."""

import autoform as af

CAUSE = "cached_property stores on read"
ARGS = (["owls", "cats"],)
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


import functools


class Doc:
    def __init__(self, t):
        self.t = t

    @functools.cached_property
    def title(self):
        LOG.append("computed " + self.t)
        return self.t.title()

    def __repr__(self):
        return f"Doc({self.t!r})"


def main(items):
    docs = [Doc(x) for x in items]
    out = []
    for d in docs:
        r = ask(d.title)
        out.append(r)
        LOG.append("got " + r)
    return out
