"""Two helpers that log around their calls, called at the top level; a print
between them; the second call of the first helper fails."""

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
FAIL = {"refine"}


def draft(q):
    log.info("draft %s", q)
    r = af.lm_call([{"role": "user", "content": "draft " + q}], model="m")
    r2 = af.lm_call([{"role": "user", "content": "refine " + r}], model="m")
    log.info("drafted %s", q)
    return r2


def title(q):
    log.info("title %s", q)
    return af.lm_call([{"role": "user", "content": "title " + q}], model="m")


def main(topic: str):
    a = draft(topic)
    print("between")
    b = title(topic)
    return [a, b]
