"""A logging.StreamHandler to a module StringIO with %(funcName)s:%(lineno)d formatting, used in a
fanned-out loop (documented: an item's function is _each_x) and a helper."""

import io
import logging

import autoform as af

CAUSE = "log lineno in loop to stdout"
ARGS = (["owls", "cats"],)

log = logging.getLogger("adv16_frame_03")
log.setLevel(logging.INFO)
log.propagate = False
STREAM = io.StringIO()
_h = logging.StreamHandler(STREAM)
_h.setFormatter(logging.Formatter("%(lineno)d %(message)s"))
log.handlers[:] = [_h]


def main(items: list):
    out = []
    for t in items:
        log.info("asking %s", t)
        out.append(af.lm_call([{"role": "user", "content": t}], model="m"))
    return out, STREAM.getvalue()
