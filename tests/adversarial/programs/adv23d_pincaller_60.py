"""A pinned helper reads its caller's code name with sys._getframe(1)."""
import logging
import sys

import autoform as af

CAUSE = "pinned helper reading caller frame"
ARGS = ("owls", "cats", "n")

def pinned(t, n):
    logging.warning("got %d", n)
    who = sys._getframe(1).f_code.co_name
    return af.lm_call([{"role": "user", "content": t + who}], model="m")

def main(a, b, n):
    return af.lm_call([{"role": "user", "content": a}], model="m"), pinned(b, n)
