"""A Formatter subclass counts formats in a global; the logger's handler is made in main.
Two independent calls, each logged before it is made, then a prompt with the count."""

import io
import logging

import autoform as af

CAUSE = "output set up in body"
ARGS = ("owls",)
N = 0
BUF = io.StringIO()


class Counting(logging.Formatter):
    def format(self, record):
        global N
        N += 1
        return f"{N}:{record.getMessage()}"


log = logging.getLogger(__name__)
log.propagate = False
log.setLevel(logging.INFO)


def main(topic: str):
    h = logging.StreamHandler(BUF)
    h.setFormatter(Counting())
    log.handlers[:] = [h]
    log.info("summary")
    a = af.lm_call([{"role": "user", "content": f"summary {topic} {N}"}], model="m")
    log.info("critique")
    b = af.lm_call([{"role": "user", "content": f"critique {topic} {N}"}], model="m")
    return [a, b, BUF.getvalue()]
