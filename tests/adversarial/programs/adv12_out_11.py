"""A lambda filter added in the body counts records into a module list; each turn's second
call quotes the count."""

import logging

import autoform as af

CAUSE = "output lambda filter"
ARGS = (["owls", "cats", "dogs"],)
COUNT = []
log = logging.getLogger(__name__)
log.setLevel(logging.INFO)
log.propagate = False


def main(topics: list):
    log.addFilter(lambda rec: COUNT.append(rec.getMessage()) and False)
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        log.info("got %s", r)
        out.append(af.lm_call([{"role": "user", "content": f"{r} {len(COUNT)}"}], model="m"))
    return out
