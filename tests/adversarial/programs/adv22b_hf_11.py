"""A module-level stderr handler (standard) with a failing formatter; records in an output-only helper."""

import logging

import autoform as af

CAUSE = "module stderr formatter fails helper"
ARGS = (["owls", "cats"],)
log = logging.getLogger("adv22b.hf11")
_h = logging.StreamHandler()
_h.setFormatter(logging.Formatter("%(nosuch)s"))
log.handlers[:] = [_h]
log.propagate = False


def note(r):
    log.warning("got %s", r)


def main(items):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        note(r)
        out.append(r)
    return out
