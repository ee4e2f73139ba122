"""A QueueHandler puts each record on a module queue; a later call's prompt says how many
records wait."""

import logging
import logging.handlers
import queue

import autoform as af

CAUSE = "output"
ARGS = ("owls",)
Q = queue.SimpleQueue()

log = logging.getLogger(__name__)
log.addHandler(logging.handlers.QueueHandler(Q))
log.setLevel(logging.INFO)
log.propagate = False


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": "a " + topic}], model="m")
    log.info("a done")
    b = af.lm_call([{"role": "user", "content": f"waiting {Q.qsize()}"}], model="m")
    return [a, b]
