"""__init__ of a plain class logs; each turn wraps its reply in an instance."""

import autoform as af

CAUSE = "dunder"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


class Reply:
    def __init__(self, text):
        LOG.append("init " + text[-6:])
        self.text = text


def main(topics: list):
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(Reply(r).text)
    return out
