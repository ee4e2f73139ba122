"""messages is a list subclass whose __iter__ logs; a loop builds one per item."""

import autoform as af

CAUSE = "dunder"
ARGS = (["owls", "cats"],)
LOG = []


class Msgs(list):
    def __iter__(self):
        LOG.append("iter " + self[0]["content"])
        return super().__iter__()


def main(topics: list):
    out = []
    for t in topics:
        out.append(af.lm_call(Msgs([{"role": "user", "content": t}]), model="m"))
        LOG.append("after " + t)
    return out
