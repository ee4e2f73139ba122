"""The logger's level is raised in the middle of main; debug lines before and after."""

import io
import logging

import autoform as af

CAUSE = "logging"
ARGS = (["owls", "cats", "dogs"],)
BUF = io.StringIO()

log = logging.getLogger(__name__)
log.propagate = False
log.setLevel(logging.DEBUG)
log.addHandler(logging.StreamHandler(BUF))


def main(topics: list):
    out = []
    for i, t in enumerate(topics):
        log.debug("asking %s", t)
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        if "cats" in r:
            log.setLevel(logging.INFO)
        log.debug("got %s", r)
        out.append(r)
    return out, BUF.getvalue()
