"""A handler appending to LOG is added with addHandler in main; a loop logs after each
reply and the second call of each turn quotes LOG's length."""

import logging

import autoform as af

CAUSE = "output set up in body"
ARGS = (["owls", "cats"],)
LOG = []


class ToList(logging.Handler):
    def emit(self, record):
        LOG.append(record.getMessage())


log = logging.getLogger(__name__)
log.propagate = False
log.setLevel(logging.INFO)


def main(topics: list):
    log.addHandler(ToList())
    out = []
    for t in topics:
        log.info("start %s", t)
        r = af.lm_call([{"role": "user", "content": f"{t} {len(LOG)}"}], model="m")
        out.append(r)
    return out
