"""dictConfig in the body sends a logger to stdout; the loop logs each reply."""

import logging
import logging.config

import autoform as af

CAUSE = "output dictConfig"
ARGS = (["owls", "cats", "dogs"],)


def main(topics: list):
    logging.config.dictConfig(
        {
            "version": 1,
            "disable_existing_loggers": False,
            "handlers": {"out": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout"}},
            "loggers": {__name__: {"handlers": ["out"], "level": "INFO", "propagate": False}},
        }
    )
    log = logging.getLogger(__name__)
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        log.info("got %s", r)
        out.append(r)
    return out
