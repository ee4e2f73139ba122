"""log.info('%s', x) after calls."""


import autoform as af

CAUSE = "log.infos x after calls."
ARGS = (["owls", "cats"],)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


import logging

log = logging.getLogger("adv20")


def main(items):
    out = []
    for t in items:
        r = ask(t)
        log.info("%s", r)
        out.append(r)
    return out
