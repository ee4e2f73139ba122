"""A handler records the module and funcName of records logged by a helper that logs with
stacklevel=2 (naming its caller)."""

import logging

import autoform as af

CAUSE = "logging"
ARGS = (["owls", "cats"],)
LOG = []


class ToList(logging.Handler):
    def emit(self, record):
        LOG.append(f"{record.funcName}:{record.lineno} {record.getMessage()}")


log = logging.getLogger(__name__)
log.propagate = False
log.setLevel(logging.INFO)
log.addHandler(ToList())


def audit(msg):
    log.info(msg, stacklevel=2)


def main(topics: list):
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        audit("got " + r)
        out.append(r)
    return out
