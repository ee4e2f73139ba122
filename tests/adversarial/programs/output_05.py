"""In a loop, each item logs a dict, then stores its reply into it: each record shows
the dict before the store."""

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


def main(items: list[str]):
    out = []
    for it in items:
        d = {"item": it}
        log.info("start %s", d)
        d["reply"] = af.lm_call([{"role": "user", "content": it}], model="m")
        print(d)
        out.append(d)
    return out
