"""A loop item prints, asks, then logs its reply and asks again with it; the last
item fails on its second call."""

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

ARGS = (["a", "b", "c"],)
FAIL = {"again <m:c>"}


def main(items: list[str]):
    out = []
    for it in items:
        print("item", it)
        r = af.lm_call([{"role": "user", "content": it}], model="m")
        log.info("reply %s", r)
        out.append(af.lm_call([{"role": "user", "content": "again " + r}], model="m"))
    return out
