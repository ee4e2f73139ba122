"""A list printed and logged, then appended to: the output shows it as it was."""

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
    notes = []
    print("notes", notes)
    log.info("notes %s", notes)
    a = af.lm_call([{"role": "user", "content": "facts " + topic}], model="m")
    notes.append(a)
    b = af.lm_call([{"role": "user", "content": "jokes " + topic}], model="m")
    notes.append(b)
    log.info("notes %s", notes)
    return notes
