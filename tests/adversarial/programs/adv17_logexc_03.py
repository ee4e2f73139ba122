"""Two independent calls; logging.warning with stack_info=True in a helper called between
them (the record's stack goes to stderr via the last-resort handler) - only this file's
lines are compared by a filter that trims the stack."""

import logging

import autoform as af

CAUSE = "stack_info via helper"
ARGS = ("owls", "cats")
LOG = []


class Trim(logging.Filter):
    def filter(self, record):
        LOG.append(
            sum(1 for ln in (record.stack_info or "").splitlines() if "adv17_logexc_03" in ln)
        )
        return False


log = logging.getLogger("adv17_logexc_03")


def note(msg):
    log.warning(msg, stack_info=True)


def main(a: str, b: str):
    trim = Trim()
    log.addFilter(trim)
    try:
        ra = af.lm_call([{"role": "user", "content": a}], model="m")
        note("between")
        rb = af.lm_call([{"role": "user", "content": b}], model="m")
        return ra, rb
    finally:
        log.removeFilter(trim)
