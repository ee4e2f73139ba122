"""A handler with a formatter that numbers records is added to a module logger; the loop
logs to it and writes the numbered line into LOG."""

import logging

import autoform as af

CAUSE = "output formatter state"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


class Numbered(logging.Formatter):
    n = 0

    def format(self, record):
        Numbered.n += 1
        return f"{Numbered.n}:{record.getMessage()}"


class Sink(logging.Handler):
    def emit(self, record):
        LOG.append(self.format(record))


def main(topics: list):
    log = logging.getLogger(__name__)
    log.propagate = False
    log.setLevel(logging.INFO)
    h = Sink()
    h.setFormatter(Numbered())
    log.handlers = [h]
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        log.info("%s", r)
        out.append(r)
    return out
