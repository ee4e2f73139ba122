"""logger.warning with a %d of a reply through a variable logger method alias."""


import autoform as af

CAUSE = "log call format not checked"
ARGS = (["owls", "cats"],)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


import logging

warn = logging.getLogger("adv20b").warning


def main(items):
    out = []
    for t in items:
        r = ask(t)
        warn("len %d", r)
        out.append(r)
    return out
