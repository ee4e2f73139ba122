"""A helper logs the exception of its failing call with log.exception and falls
back; called twice at the top level, the first fails."""

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


def safe_ask(q):
    try:
        return af.lm_call([{"role": "user", "content": q}], model="m")
    except Exception:
        log.exception("asking %s failed", q)
        print("fallback for", q)
        return "n/a"


def main(topic: str):
    a = safe_ask("facts " + topic)
    b = safe_ask("jokes " + topic)
    return [a, b]
