"""A module-level handler counts records on itself; each prompt quotes the handler's count."""

import logging

import autoform as af

CAUSE = "logging"
ARGS = (["owls", "cats", "dogs"],)


class Counting(logging.Handler):
    def __init__(self):
        super().__init__()
        self.n = 0

    def emit(self, record):
        self.n += 1


HANDLER = Counting()
log = logging.getLogger(__name__)
log.propagate = False
log.setLevel(logging.INFO)
log.addHandler(HANDLER)


def main(topics: list):
    HANDLER.n = 0
    out = []
    for t in topics:
        log.info("asking %s", t)
        out.append(af.lm_call([{"role": "user", "content": f"{t} {HANDLER.n}"}], model="m"))
    return out
