"""A loop body writes through a logging handler (visible effect) via a helper."""

import logging

import autoform as af

CAUSE = 3
ARGS = (["alpha", "beta", "gamma"],)
LOG = []


class ToList(logging.Handler):
    def emit(self, record):
        LOG.append(record.getMessage())


logger = logging.getLogger(__name__)
logger.addHandler(ToList())
logger.setLevel(logging.INFO)
logger.propagate = False


def ask(q):
    r = af.lm_call([{"role": "user", "content": q}], model="m")
    logger.info("answered %s", q)
    return r


def main(items: list):
    results = []
    for q in items:
        results.append(ask(q))
    return results
