"""try/except/else/finally inside a loop with logging: one item's call fails; the log lines
of every arm must come in the sequential order."""

import logging

import autoform as af

CAUSE = "loop try else finally logging"
ARGS = (["owls", "cats", "dogs"],)
FAIL = ["cats"]
LOG = []


class ListHandler(logging.Handler):
    def emit(self, record):
        LOG.append(record.getMessage())


log = logging.getLogger("adv13_exc_01")
log.setLevel(logging.INFO)
log.propagate = False
log.handlers[:] = [ListHandler()]


def main(items: list):
    ok = []
    for t in items:
        try:
            r = af.lm_call([{"role": "user", "content": t}], model="m")
        except Exception as exc:
            log.warning("failed %s: %s", t, type(exc).__name__)
        else:
            log.info("got %s (%d chars)", t, len(r))
            ok.append(r)
        finally:
            log.info("done %s", t)
    return ok
