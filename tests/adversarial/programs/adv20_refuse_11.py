"""logging.exception inside an except after a failing call (common)."""


import autoform as af

CAUSE = "logging.exception inside an except after"
ARGS = (["owls", "cats"],)
FAIL = ['cats']


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


import logging


def main(items):
    out = []
    for t in items:
        try:
            out.append(ask(t))
        except RuntimeError:
            logging.exception("failed %s", t)
            out.append(None)
    return out
