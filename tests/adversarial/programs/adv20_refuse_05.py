"""log.info('%d%%', n) with an int."""


import autoform as af

CAUSE = "log.infod n with an int."
ARGS = (["owls", "cats"],)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


import logging

log = logging.getLogger("adv20")


def main(items):
    out = []
    for t in items:
        r = ask(t)
        log.warning("%d%%", len(r))
        out.append(r)
    return out
