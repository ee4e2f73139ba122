"""logging with stack_info=True through logging.exception-style call in an except."""

import sys

import autoform as af

CAUSE = 'stack_info in except'
ARGS = ("owls", "cats")
FAIL = ['cats']


import logging

log = logging.getLogger("adv18_glob_04")
log.propagate = False


def main(a: str, b: str):
    h = logging.StreamHandler(sys.stdout)
    h.setFormatter(logging.Formatter("%(message)s"))
    log.addHandler(h)
    try:
        ra = af.lm_call([{"role": "user", "content": a}], model="m")
        try:
            rb = af.lm_call([{"role": "user", "content": b}], model="m")
        except RuntimeError:
            log.error("failed", stack_info=True)
            rb = None
    finally:
        log.removeHandler(h)
    return ra, rb
