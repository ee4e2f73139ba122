"""log.debug with %r and two args that fit."""


import autoform as af

CAUSE = "log.debug with r and two args that fit."
ARGS = (["owls", "cats"],)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


import logging

log = logging.getLogger("adv20")


def main(items):
    out = []
    for t in items:
        r = ask(t)
        log.debug("%r -> %r", t, r)
        out.append(r)
    return out
