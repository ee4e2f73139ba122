"""A log record whose argument is the list the function keeps appending replies to,
logged after each call."""

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

ARGS = ("owls",)


def main(topic: str):
    seen = []
    for part in ["facts", "jokes"]:
        seen.append(af.lm_call([{"role": "user", "content": part + " " + topic}], model="m"))
        log.info("seen %s", seen)
    other = af.lm_call([{"role": "user", "content": "other " + topic}], model="m")
    seen.append(other)
    return seen
