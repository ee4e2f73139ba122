"""A printing helper in a fanned-out loop, whose items log to a handler too; item 3 fails."""

import logging

import autoform as af

CAUSE = "output"
ARGS = (["a", "b", "boom", "d"],)
FAIL = {"boom"}
LOG = []


class Keep(logging.Handler):
    def emit(self, record):
        LOG.append(record.getMessage())


log = logging.getLogger(__name__)
log.addHandler(Keep())
log.setLevel(logging.INFO)
log.propagate = False


def step(x):
    print("start", x)
    log.info("asking %s", x)
    r = af.lm_call([{"role": "user", "content": x}], model="m")
    print("done", x)
    return r


def main(items: list[str]):
    out = []
    for x in items:
        out.append(step(x))
    return out
