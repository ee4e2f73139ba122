"""A log record with lazy %-formatting of an object whose __str__ counts: the record
is formatted once, when the handler sees it."""

import logging

import autoform as af

CAUSE = "output"
LOG = []


class Keep(logging.Handler):
    def emit(self, record):
        mark = " +exc" if record.exc_info else ""
        LOG.append(record.levelname + ": " + record.getMessage() + mark)


log = logging.getLogger(__name__)
log.addHandler(Keep())
log.setLevel(logging.INFO)
log.propagate = False

ARGS = (["a", "b"],)
SHOWN = 0


class Item:
    def __init__(self, name):
        self.name = name

    def __str__(self):
        global SHOWN
        SHOWN += 1
        return "Item(" + self.name + ")"


def main(names: list[str]):
    out = []
    for n in names:
        it = Item(n)
        log.info("item %s", it)
        out.append(af.lm_call([{"role": "user", "content": n}], model="m"))
    return [out, SHOWN]
