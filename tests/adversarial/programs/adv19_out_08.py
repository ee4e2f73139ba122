"""Two independent calls; a log record args dict mutated between them."""

import logging

import autoform as af

CAUSE = "lazy log arg mutated, no loop"
ARGS = ("owls", "cats")
LOG = []


class H(logging.Handler):
    def emit(self, record):
        LOG.append(record.getMessage())


_log = logging.getLogger("adv19.out08")
_log.addHandler(H())
_log.setLevel(logging.INFO)
_log.propagate = False


def main(a: str, b: str):
    stats = {"n": 0}
    x = af.lm_call([{"role": "user", "content": a}], model="m")
    _log.info("stats %s", stats)
    stats["n"] += 1
    y = af.lm_call([{"role": "user", "content": b}], model="m")
    _log.info("stats %s", stats)
    return x, y
