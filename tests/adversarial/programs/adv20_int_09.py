"""A huge int in a log call after calls (logging formats lazily)."""


import autoform as af

CAUSE = "log call format not checked"
ARGS = ("owls", "cats")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


import logging


def main(a, b):
    out = []
    for t in [a, b]:
        r = ask(t)
        logging.warning("n=%d", 10 ** 5000)
        out.append(r)
    return out
