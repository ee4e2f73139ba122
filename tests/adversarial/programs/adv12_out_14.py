"""A handler whose stream is a StringIO made in the body; each turn logs and quotes the
stream's length."""

import io
import logging

import autoform as af

CAUSE = "output handler stream read"
ARGS = (["owls", "cats", "dogs"],)
log = logging.getLogger(__name__)
log.setLevel(logging.INFO)
log.propagate = False


def main(topics: list):
    buf = io.StringIO()
    h = logging.StreamHandler(buf)
    log.addHandler(h)
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        log.info("got %s", r)
        out.append(
            af.lm_call([{"role": "user", "content": f"{r} {len(buf.getvalue())}"}], model="m")
        )
    log.removeHandler(h)
    return out
