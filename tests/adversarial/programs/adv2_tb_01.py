"""log.exception through a handler that keeps the formatted record (the default Formatter
appends the traceback): the kept text names the lines the failure passed through."""

import logging

import autoform as af

CAUSE = "output"
ARGS = ()
FAIL = {"boom"}
LOG = []


class Keep(logging.Handler):
    def emit(self, record):
        text = self.format(record)
        LOG.append([line.strip() for line in text.splitlines() if line.strip().startswith("a =")])


log = logging.getLogger(__name__)
log.addHandler(Keep())
log.setLevel(logging.INFO)
log.propagate = False


def main():
    b = af.lm_call([{"role": "user", "content": "fine"}], model="m")
    try:
        a = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    except RuntimeError:
        log.exception("call failed")
        a = None
    return [a, b]
