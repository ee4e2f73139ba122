"""logging.config.dictConfig installs a handler of the user's class (via the '()' factory)
that records into a module list; the prompts quote the record count."""

import logging
import logging.config

import autoform as af

CAUSE = "dictConfig user handler"
ARGS = (["owls", "cats", "dogs"],)
RECORDS = []


class Keep(logging.Handler):
    def emit(self, record):
        RECORDS.append(record.getMessage())


log = logging.getLogger("adv16_out_03")


def main(items: list):
    logging.config.dictConfig(
        {
            "version": 1,
            "disable_existing_loggers": False,
            "handlers": {"keep": {"()": Keep}},
            "loggers": {
                "adv16_out_03": {"handlers": ["keep"], "level": "INFO", "propagate": False}
            },
        }
    )
    out = []
    for t in items:
        log.info("asking %s", t)
        out.append(af.lm_call([{"role": "user", "content": f"{t} n={len(RECORDS)}"}], model="m"))
    return out
