"""A logging StreamHandler on a StringIO; the log text feeds the final prompt."""

import io
import logging

import autoform as af

CAUSE = "log buffer read by prompt"
ARGS = (["owls", "cats"],)
_BUF = io.StringIO()
_log = logging.getLogger("adv19.out03")
_h = logging.StreamHandler(_BUF)
_h.setFormatter(logging.Formatter("%(message)s"))
_log.addHandler(_h)
_log.setLevel(logging.INFO)
_log.propagate = False


def main(items: list):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        _log.info("got %s", r)
        out.append(r)
    return out, af.lm_call([{"role": "user", "content": _BUF.getvalue()}], model="m")
