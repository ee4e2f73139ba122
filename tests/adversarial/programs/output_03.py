"""Loop items log before their call; the third item fails: the first three records,
not the fourth."""

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

ARGS = (["a", "b", "c FAIL", "d"],)
FAIL = {"FAIL"}


def main(items: list[str]):
    out = []
    for it in items:
        log.info("start %s", it)
        out.append(af.lm_call([{"role": "user", "content": it}], model="m"))
    return out
