"""A log call before any call fills a module list through its handler; the first call's
prompt reads the list."""

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
    log.info("start %s", topic)
    a = af.lm_call([{"role": "user", "content": f"a {len(RECORDS)}"}], model="m")
    b = af.lm_call([{"role": "user", "content": f"b {len(RECORDS)}"}], model="m")
    return [a, b]
