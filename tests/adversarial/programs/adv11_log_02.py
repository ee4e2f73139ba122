"""A logger whose counting filter is installed at import; each prompt quotes the count."""

import io
import logging

import autoform as af

CAUSE = "logging"
ARGS = (["owls", "cats", "dogs"],)
COUNT = 0
BUF = io.StringIO()


class Counting(logging.Filter):
    def filter(self, record):
        global COUNT
        COUNT += 1
        return True


log = logging.getLogger(__name__)
log.propagate = False
log.setLevel(logging.INFO)
log.addHandler(logging.StreamHandler(BUF))
log.addFilter(Counting())


def main(topics: list):
    out = []
    for t in topics:
        log.info("ask %s", t)
        out.append(af.lm_call([{"role": "user", "content": f"{t} #{COUNT}"}], model="m"))
    return out, BUF.getvalue()
