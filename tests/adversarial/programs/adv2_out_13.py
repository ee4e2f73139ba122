"""A logging handler that records into a module list whose own length is in the prompt of
the next call: the log is state the call reads."""

import logging

import autoform as af

CAUSE = "output"
ARGS = (["a", "b", "c"],)
RECORDS = []


class Keep(logging.Handler):
    def emit(self, record):
        RECORDS.append(record.getMessage())


log = logging.getLogger(__name__)
log.addHandler(Keep())
log.setLevel(logging.INFO)
log.propagate = False


def main(items: list[str]):
    out = []
    for x in items:
        log.info("asking %s", x)
        out.append(af.lm_call([{"role": "user", "content": f"{x} #{len(RECORDS)}"}], model="m"))
    return out
