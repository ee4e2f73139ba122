"""logging.warning with stack_info=True from a helper without LM calls."""

import sys

import autoform as af

CAUSE = 'stack_info in helper'
ARGS = ("owls", "cats")


import logging

log = logging.getLogger("adv18_glob_06")
log.propagate = False


def note(x):
    log.warning("note %s", x, stack_info=True)


def main(a: str, b: str):
    h = logging.StreamHandler(sys.stdout)
    h.setFormatter(logging.Formatter("%(message)s"))
    log.addHandler(h)
    try:
        ra = af.lm_call([{"role": "user", "content": a}], model="m")
        note(ra)
        rb = af.lm_call([{"role": "user", "content": b}], model="m")
    finally:
        log.removeHandler(h)
    return ra, rb
