"""A primitive logs with funcName and lineno of its caller via stacklevel=2."""

import sys

import autoform as af

CAUSE = 'primitive logging stacklevel'
ARGS = ("owls", "cats")


import logging

log = logging.getLogger("adv18_prim_41")
log.propagate = False


@af.primitive
def check(x):
    log.warning("checked %s", x, stacklevel=2)
    return x


def main(a: str, b: str):
    h = logging.StreamHandler(sys.stdout)
    h.setFormatter(logging.Formatter("%(funcName)s:%(lineno)d %(message)s"))
    log.addHandler(h)
    try:
        ra = af.lm_call([{"role": "user", "content": a}], model="m")
        rc = check(ra)
        rb = af.lm_call([{"role": "user", "content": b}], model="m")
    finally:
        log.removeHandler(h)
    return ra, rb, rc
