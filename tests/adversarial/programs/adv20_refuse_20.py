"""log.info('%s %s', a) literal mismatch: must be refused or behave the same."""


import autoform as af

CAUSE = "log.infos s a literal mismatch: m"
ARGS = (["owls", "cats"],)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


import logging


def main(items):
    out = []
    for t in items:
        r = ask(t)
        logging.warning("%s %s", r)
        out.append(r)
    return out
