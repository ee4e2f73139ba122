"""logging.warning with stack_info=True between two independent calls; a handler set up in
main keeps only the stack lines of this file."""

import logging

import autoform as af

CAUSE = "log stack_info frames straight"
ARGS = ("owls", "cats")
LOG = []


class Frames(logging.Handler):
    def emit(self, record):
        lines = [ln.strip() for ln in (record.stack_info or "").splitlines()]
        LOG.append([ln for ln in lines if "adv17_logloc_06" in ln])


log = logging.getLogger("adv17_logloc_06")
log.propagate = False


def main(a: str, b: str):
    h = Frames()
    log.addHandler(h)
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    log.warning("between", stack_info=True)
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    log.removeHandler(h)
    return ra, rb
