"""An object with a logging __repr__ passed as an extra lm_call keyword in a fanned helper."""

import autoform as af

CAUSE = "object in lm_call kwargs formatted when the request is sent ahead"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


class Meta:
    def __init__(self, tag):
        self.tag = tag

    def __repr__(self):
        LOG.append("repr " + self.tag)
        return f"Meta({self.tag!r})"


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m", metadata=Meta(t))


def show(x):
    r = ask(x)
    LOG.append("got " + r)
    return r


def main(items):
    return [show(x) for x in items]
