"""A logging.handlers.MemoryHandler buffers records for a target that records into a module
list; flush() before a call that sends the list."""

import logging
import logging.handlers

import autoform as af

CAUSE = "output"
ARGS = ("owls",)
KEPT = []


class Keep(logging.Handler):
    def emit(self, record):
        KEPT.append(record.getMessage())


MEM = logging.handlers.MemoryHandler(100, target=Keep())
log = logging.getLogger(__name__)
log.addHandler(MEM)
log.setLevel(logging.INFO)
log.propagate = False


def main(topic: str):
    log.info("start %s", topic)
    a = af.lm_call([{"role": "user", "content": "a " + topic}], model="m")
    MEM.flush()
    b = af.lm_call([{"role": "user", "content": f"kept {KEPT}"}], model="m")
    return [a, b]
