"""A logging.StreamHandler on a module io.StringIO captures the log; a later call sends the
captured text."""

import io
import logging

import autoform as af

CAUSE = "output"
ARGS = (["a", "b"],)
BUF = io.StringIO()

log = logging.getLogger(__name__)
log.addHandler(logging.StreamHandler(BUF))
log.setLevel(logging.INFO)
log.propagate = False


def main(items: list[str]):
    out = []
    for x in items:
        log.info("asking %s", x)
        out.append(af.lm_call([{"role": "user", "content": x}], model="m"))
    report = af.lm_call([{"role": "user", "content": "log: " + BUF.getvalue()}], model="m")
    return [out, report]
