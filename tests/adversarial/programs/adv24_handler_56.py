"""A helper logs to a logger with a user handler appending to LOG between LM calls."""

import logging

import autoform as af

CAUSE = "custom logging handler records order against LM calls"
ARGS = ("owls", "cats")
LOG = []


class ListHandler(logging.Handler):
    def emit(self, record):
        LOG.append(record.getMessage())


_log = logging.getLogger("adv24_handler_56")
_log.addHandler(ListHandler())
_log.propagate = False


def step(t: str):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    _log.warning("step %s", r)
    LOG.append(("after", t))
    return r


def main(a, b):
    x = step(a)
    y = step(b)
    _log.warning("done")
    return x, y
