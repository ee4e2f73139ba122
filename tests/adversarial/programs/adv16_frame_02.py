"""A logging formatter with %(funcName)s:%(lineno)d writing to a module list, log calls in
main between independent calls."""

import logging

import autoform as af

CAUSE = "log record lineno"
ARGS = ("owls", "cats")
LOG = []


class ToList(logging.Handler):
    def emit(self, record):
        LOG.append(self.format(record))


log = logging.getLogger("adv16_frame_02")
log.setLevel(logging.INFO)
log.propagate = False
_h = ToList()
_h.setFormatter(logging.Formatter("%(funcName)s:%(lineno)d %(message)s"))
log.handlers[:] = [_h]


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    log.info("got a %d", len(ra))
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    log.info("got b %d", len(rb))
    return ra, rb
