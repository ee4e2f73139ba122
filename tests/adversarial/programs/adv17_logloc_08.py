"""A module logger configured at import (its handlers replaced by one that keeps the stack
lines of this file); main logs with stack_info=True between two independent calls."""

import logging

import autoform as af

CAUSE = "log stack_info import-time handler"
ARGS = ("owls", "cats")
LOG = []


class Frames(logging.Handler):
    def emit(self, record):
        lines = [ln.strip() for ln in (record.stack_info or "").splitlines()]
        LOG.append([ln for ln in lines if "adv17_logloc_08" in ln])


log = logging.getLogger("adv17_logloc_08")
log.propagate = False
log.handlers[:] = [Frames()]


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    log.warning("between", stack_info=True)
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb
