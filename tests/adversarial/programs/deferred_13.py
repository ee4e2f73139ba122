"""int() of a slice of a reply that is not a number, after a print and a log; a later
independent call fails: ValueError, the print and log before it only."""

import logging

import autoform as af

CAUSE = "deferred"
ARGS = ("essay",)
FAIL = {"title"}
LOG = []


class Keep(logging.Handler):
    def emit(self, record):
        LOG.append(record.getMessage())


log = logging.getLogger("deferred_13")
log.addHandler(Keep())
log.setLevel(logging.INFO)
log.propagate = False


def main(text: str):
    a = af.lm_call([{"role": "user", "content": "score 1-9: " + text}], model="m")
    print("scoring")
    log.info("scored %s", text)
    score = int(a[-3:-1])
    b = af.lm_call([{"role": "user", "content": "title " + text}], model="m")
    c = af.lm_call([{"role": "user", "content": "improve " * score + text}], model="m")
    return [b, c]
