"""main calls a pipeline compiled with max_concurrency=1 whose loop items make a plain call
then a call with a document."""

import autoform as af

CAUSE = "turns"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


class Doc:
    def __init__(self, text):
        self.text = text

    def __str__(self):
        LOG.append(self.text[-10:])
        return self.text

    __repr__ = __str__


def _inner(topics):
    out = []
    for t in topics:
        a = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(af.lm_call([{"role": "user", "content": Doc(a)}], model="m"))
    return out


inner = af.concurrent(_inner, max_concurrency=1)


def main(topics: list):
    first = inner(topics)
    second = inner([f[-6:] for f in first])
    return first, second
