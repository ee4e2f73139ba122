"""A handler subclass records each message into LOG and the number so far into a global;
a grader logs each grade after its call and the next prompt quotes the number."""

import logging

import autoform as af

CAUSE = "output set up in body"
ARGS = (["a1", "a2", "a3"],)
LOG = []
RECORDED = 0


class Keep(logging.Handler):
    def emit(self, record):
        global RECORDED
        RECORDED += 1
        LOG.append(record.getMessage())


log = logging.getLogger(__name__)
log.propagate = False
log.setLevel(logging.INFO)


def main(answers: list):
    log.handlers[:] = [Keep()]
    out = []
    for a in answers:
        g = af.lm_call([{"role": "user", "content": f"grade {a} after {RECORDED}"}], model="m")
        log.info("graded %s", a)
        out.append(g)
    return out
