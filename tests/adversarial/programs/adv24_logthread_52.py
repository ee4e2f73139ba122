"""A primitive logs; the root handler formats the thread name."""

import logging
import sys

import autoform as af

CAUSE = "log record threadName from a primitive"
ARGS = ("owls", "cats")


@af.primitive
def note(text):
    logging.getLogger("adv24").warning("noted %s", text)
    return text.upper()


def main(a, b):
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(threadName)s %(message)s"))
    logging.getLogger("adv24").addHandler(handler)
    logging.getLogger("adv24").propagate = False
    try:
        ra = af.lm_call([{"role": "user", "content": a}], model="m")
        v = note(ra)
        rb = af.lm_call([{"role": "user", "content": b}], model="m")
        return v, rb
    finally:
        logging.getLogger("adv24").removeHandler(handler)
        logging.getLogger("adv24").propagate = True
