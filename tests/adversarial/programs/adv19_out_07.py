"""logging with a lazy %s argument that is a dict changed after the call."""

import logging

import autoform as af

CAUSE = "lazy log arg mutated"
ARGS = (["owls", "cats"],)
LOG = []


class H(logging.Handler):
    def emit(self, record):
        LOG.append(record.getMessage())


_log = logging.getLogger("adv19.out07")
_log.addHandler(H())
_log.setLevel(logging.INFO)
_log.propagate = False


def main(items: list):
    stats = {"n": 0}
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        _log.info("stats %s", stats)
        stats["n"] += 1
        out.append(r)
    return out
