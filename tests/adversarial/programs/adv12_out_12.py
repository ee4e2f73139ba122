"""A counting handler object made in the body; each turn logs and quotes h.count."""

import logging

import autoform as af

CAUSE = "output handler object count"
ARGS = (["owls", "cats", "dogs"],)


class Counting(logging.Handler):
    def __init__(self):
        super().__init__()
        self.count = 0

    def emit(self, record):
        self.count += 1


log = logging.getLogger(__name__)
log.setLevel(logging.INFO)
log.propagate = False


def main(topics: list):
    h = Counting()
    log.addHandler(h)
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        log.info("got %s", r)
        out.append(af.lm_call([{"role": "user", "content": f"{r} {h.count}"}], model="m"))
    log.removeHandler(h)
    return out
