"""A log record factory installed in the body numbers records; each turn logs and quotes
the number."""

import logging

import autoform as af

CAUSE = "output record factory"
ARGS = (["owls", "cats", "dogs"],)
NUMBERED = [0]
log = logging.getLogger(__name__)
log.setLevel(logging.INFO)
log.propagate = False
_old = logging.getLogRecordFactory()


def numbered(*a, **k):
    NUMBERED[0] += 1
    return _old(*a, **k)


def main(topics: list):
    logging.setLogRecordFactory(numbered)
    out = []
    try:
        for t in topics:
            r = af.lm_call([{"role": "user", "content": t}], model="m")
            log.info("got %s", r)
            out.append(af.lm_call([{"role": "user", "content": f"{r} {NUMBERED[0]}"}], model="m"))
    finally:
        logging.setLogRecordFactory(_old)
    return out
