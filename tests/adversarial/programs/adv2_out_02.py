"""A log call in a fanned-out loop passes an object whose __str__ appends to a module
list; the call's reply is appended after it."""

import logging

import autoform as af

CAUSE = "output"
ARGS = (["a", "b", "c"],)
LOG = []


class Keep(logging.Handler):
    def emit(self, record):
        LOG.append(record.getMessage())


log = logging.getLogger(__name__)
log.addHandler(Keep())
log.setLevel(logging.INFO)
log.propagate = False


class Tag:
    def __init__(self, x):
        self.x = x

    def __str__(self):
        LOG.append("str " + self.x)
        return "Tag(" + self.x + ")"


def main(items: list[str]):
    out = []
    for x in items:
        log.info("item %s", Tag(x))
        r = af.lm_call([{"role": "user", "content": x}], model="m")
        LOG.append("reply " + r)
        out.append(r)
    return out
