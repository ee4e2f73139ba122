"""Module-level logger.warning with too few args for its message, in a loop of calls."""

import logging

import autoform as af

CAUSE = "log args mismatch loop"
ARGS = (["owls", "cats"],)

log = logging.getLogger("adv21")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items):
    out = []
    for t in items:
        r = ask(t)
        log.warning("got %s and %s", r)
        out.append(r)
    return out
