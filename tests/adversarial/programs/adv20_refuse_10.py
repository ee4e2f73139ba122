"""log.info with a dict argument (a single mapping)."""


import autoform as af

CAUSE = "log.info with a dict argument a single"
ARGS = (["owls", "cats"],)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


import logging

log = logging.getLogger("adv20")


def main(items):
    out = []
    for t in items:
        r = ask(t)
        log.info("%(r)s", {"r": r})
        out.append(r)
    return out
