"""Helper logs through logging to a list handler; main calls it for independent items."""

import logging

import autoform as af

CAUSE = "logging list handler"
ARGS = (["owls", "cats"],)
LOG = []


class ListHandler(logging.Handler):
    def emit(self, record):
        LOG.append(record.getMessage())


_log = logging.getLogger("adv19.help12")
_log.addHandler(ListHandler())
_log.setLevel(logging.INFO)
_log.propagate = False


def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    _log.info("asked %s -> %s", t, r)
    return r


def main(items: list):
    return [ask(t) for t in items]
