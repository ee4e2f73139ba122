"""A log.info in a fanned-out loop: a handler records, and the item's prompt after it reads
the handler's last record."""

import logging

import autoform as af

CAUSE = "output"
ARGS = (["a", "b", "c"],)
LAST = {"msg": ""}


class Keep(logging.Handler):
    def emit(self, record):
        LAST["msg"] = record.getMessage()


log = logging.getLogger(__name__)
log.addHandler(Keep())
log.setLevel(logging.INFO)
log.propagate = False


def main(items: list[str]):
    out = []
    for x in items:
        log.info("now %s", x)
        out.append(af.lm_call([{"role": "user", "content": LAST["msg"]}], model="m"))
    return out
