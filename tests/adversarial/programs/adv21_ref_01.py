"""logging with a message that does not fit its args (common mistake), then a loop of calls."""

import logging

import autoform as af

CAUSE = "log args mismatch"
ARGS = (["owls", "cats"],)

log = logging.getLogger("adv21_ref_01")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items):
    out = []
    for t in items:
        log.info("asking %s", t)
        out.append(ask(t))
    return out
