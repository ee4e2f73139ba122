"""A logger's level is lowered in the body; the loop logs at DEBUG to a list handler set at
module level; the second call quotes LOG's length."""

import logging

import autoform as af

CAUSE = "output level set in body"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


class ToList(logging.Handler):
    def emit(self, record):
        LOG.append(record.getMessage())


log = logging.getLogger(__name__)
log.propagate = False
log.addHandler(ToList())
log.setLevel(logging.WARNING)


def main(topics: list):
    log.setLevel(logging.DEBUG)
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        log.debug("got %s", r)
        out.append(af.lm_call([{"role": "user", "content": f"{r} {len(LOG)}"}], model="m"))
    return out
