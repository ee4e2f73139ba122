"""A LoggerAdapter whose process() counts messages; made in main, used in a loop."""

import io
import logging

import autoform as af

CAUSE = "logging"
ARGS = (["owls", "cats", "dogs"],)
N = 0
BUF = io.StringIO()


class Numbered(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        global N
        N += 1
        return f"[{N}] {msg}", kwargs


log = logging.getLogger(__name__)
log.propagate = False
log.setLevel(logging.INFO)
log.addHandler(logging.StreamHandler(BUF))


def main(topics: list):
    alog = Numbered(log, {})
    out = []
    for t in topics:
        alog.info("ask %s", t)
        out.append(af.lm_call([{"role": "user", "content": f"{t} {N}"}], model="m"))
    return out, BUF.getvalue()
