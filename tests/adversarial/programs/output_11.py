"""A helper that logs calls a helper that prints and asks; a loop calls it per
item; the second item fails."""

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


def ask(q):
    print("asking", q)
    return af.lm_call([{"role": "user", "content": q}], model="m")


def step(q):
    log.info("step %s", q)
    r = ask("about " + q)
    log.info("step %s done", q)
    return r


def main(items: list[str]):
    out = []
    for it in items:
        out.append(step(it))
    return out
