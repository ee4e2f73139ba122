"""A log call whose recording handler fills a module list; a later independent call's prompt
reads the list."""

import logging

import autoform as af

CAUSE = "output"
ARGS = ("owls",)
RECORDS = []


class Keep(logging.Handler):
    def emit(self, record):
        RECORDS.append(record.getMessage())


log = logging.getLogger(__name__)
log.addHandler(Keep())
log.setLevel(logging.INFO)
log.propagate = False


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": "a " + topic}], model="m")
    log.info("got %s", a)
    b = af.lm_call([{"role": "user", "content": f"b {RECORDS}"}], model="m")
    return [a, b]
