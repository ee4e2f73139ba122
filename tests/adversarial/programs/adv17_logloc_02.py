"""logging.warning with stack_info=True after the calls: the record carries the stack; a
handler keeps only the frames of this file."""

import logging

import autoform as af

CAUSE = "log stack_info frames of this file"
ARGS = ("owls", "cats")
LOG = []


class Frames(logging.Handler):
    def emit(self, record):
        lines = [ln.strip() for ln in (record.stack_info or "").splitlines()]
        LOG.append([ln for ln in lines if "adv17_logloc_02" in ln or ln.startswith("log")])


log = logging.getLogger("adv17_logloc_02")
log.propagate = False


def main(a: str, b: str):
    h = Frames()
    log.addHandler(h)
    try:
        ra = af.lm_call([{"role": "user", "content": a}], model="m")
        log.warning("between", stack_info=True)
        rb = af.lm_call([{"role": "user", "content": b}], model="m")
        return ra, rb
    finally:
        log.removeHandler(h)
