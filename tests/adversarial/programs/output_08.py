"""A helper logs after its call; called twice, the first call fails: no record of
the second."""

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

ARGS = ("owls",)
FAIL = {"facts"}


def ask(q):
    r = af.lm_call([{"role": "user", "content": q}], model="m")
    log.info("got %s", r)
    print("got", r)
    return r


def main(topic: str):
    a = ask("facts " + topic)
    b = ask("jokes " + topic)
    return [a, b]
