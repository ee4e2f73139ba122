"""A decorated helper: the decorator's wrapper attaches a list handler on first use; the loop
logs through the helper and quotes LOG's length."""

import functools
import logging

import autoform as af

CAUSE = "output handler added by decorator"
ARGS = (["owls", "cats", "dogs"],)
LOG = []
log = logging.getLogger(__name__)
log.propagate = False
log.setLevel(logging.INFO)


class ToList(logging.Handler):
    def emit(self, record):
        LOG.append(record.getMessage())


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*a):
        if not log.handlers:
            log.addHandler(ToList())
        return fn(*a)

    return wrapper


@logged
def note(r):
    log.info("got %s", r)


def main(topics: list):
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        note(r)
        out.append(af.lm_call([{"role": "user", "content": f"{r} {len(LOG)}"}], model="m"))
    return out
