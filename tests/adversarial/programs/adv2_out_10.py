"""A logger.exception inside an except of a fanned-out loop's body; the handler records
the level and whether the record carries the failure."""

import logging

import autoform as af

CAUSE = "output"
ARGS = (["a", "boom1", "c", "boom2"],)
FAIL = {"boom"}
LOG = []


class Keep(logging.Handler):
    def emit(self, record):
        LOG.append((record.levelname, record.getMessage(), record.exc_info is not None))


log = logging.getLogger(__name__)
log.addHandler(Keep())
log.setLevel(logging.INFO)
log.propagate = False


def main(items: list[str]):
    out = []
    for x in items:
        try:
            out.append(af.lm_call([{"role": "user", "content": x}], model="m"))
        except RuntimeError:
            log.exception("item %s failed", x)
    log.info("kept %d", len(out))
    return out
