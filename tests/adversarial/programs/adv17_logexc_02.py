"""A helper's call fails; main catches it and logs a warning with exc_info=True to a
stream handler on stdout."""

import logging
import sys

import autoform as af

CAUSE = "exc_info traceback via helper"
ARGS = ("owls", "cats")
FAIL = ["cats"]

log = logging.getLogger("adv17_logexc_02")
log.propagate = False


def ask(t):
    return af.lm_call([{"role": "user", "content": f"about {t}"}], model="m")


def main(a: str, b: str):
    h = logging.StreamHandler(sys.stdout)
    log.addHandler(h)
    try:
        ra = ask(a)
        try:
            rb = ask(b)
        except RuntimeError:
            log.warning("second failed", exc_info=True)
            rb = None
        return ra, rb
    finally:
        log.removeHandler(h)
