"""logging with a mapping argument: log.info("%(key)s", ctx) formats msg % ctx when the
handler emits, and ctx is a defaultdict, so a missing key is inserted; the prompts quote
the context's size (read into an int first)."""

import collections
import io
import logging

import autoform as af

CAUSE = "logging mapping args insert"
ARGS = (["owls", "cats", "dogs"],)
STREAM = io.StringIO()

log = logging.getLogger("adv16_fmt_21")
log.setLevel(logging.INFO)
log.propagate = False
log.handlers[:] = [logging.StreamHandler(STREAM)]


def main(items: list):
    ctx = collections.defaultdict(str, {"run": "r1"})
    out = []
    for t in items:
        n = len(ctx)
        r = af.lm_call([{"role": "user", "content": f"{t} ctx={n}"}], model="m")
        log.info("%(run)s %(" + r[3:7] + ")s", ctx)
        out.append(r)
    return out, STREAM.getvalue().count("\n")
