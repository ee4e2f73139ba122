"""logging with stack_info=True prints the whole stack."""

import sys

import autoform as af

CAUSE = 'stack_info'
ARGS = ("owls", "cats")


import logging

log = logging.getLogger("adv18_tb_41")
log.propagate = False


def main(a: str, b: str):
    h = logging.StreamHandler(sys.stdout)
    log.addHandler(h)
    try:
        ra = af.lm_call([{"role": "user", "content": a}], model="m")
        log.warning("got %s", ra, stack_info=True)
        rb = af.lm_call([{"role": "user", "content": b}], model="m")
    finally:
        log.removeHandler(h)
    return ra, rb
