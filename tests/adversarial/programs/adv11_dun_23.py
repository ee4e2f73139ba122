"""A metaclass __call__ counts instances; each turn wraps its reply in an instance."""

import autoform as af

CAUSE = "dunder"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


class Counted(type):
    def __call__(cls, *a):
        LOG.append("make " + a[0][-6:])
        return super().__call__(*a)


class Reply(metaclass=Counted):
    def __init__(self, text):
        self.text = text


def main(topics: list):
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(Reply(r).text)
    return out
