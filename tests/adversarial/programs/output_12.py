"""Items log in an except block with log.exception and go on; one item fails."""

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

ARGS = (["a", "b FAIL", "c"],)
FAIL = {"FAIL"}


def main(items: list[str]):
    out = []
    for it in items:
        try:
            r = af.lm_call([{"role": "user", "content": it}], model="m")
        except Exception:
            log.exception("item %s failed", it)
            r = None
        out.append(r)
    return out
