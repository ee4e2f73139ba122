"""A helper that only logs its argument dict, called, then the dict is changed and a
call reads it."""

import logging

import autoform as af

CAUSE = "output"
LOG = []


class Keep(logging.Handler):
    def emit(self, record):
        mark = " +exc" if record.exc_info else ""
        LOG.append(record.levelname + ": " + record.getMessage() + mark)


log = logging.getLogger(__name__)
log.addHandler(Keep())
log.setLevel(logging.INFO)
log.propagate = False

ARGS = ("owls",)


def show(d):
    log.info("settings %s", d)
    print("settings", d)


def main(topic: str):
    opts = {"tone": "plain"}
    show(opts)
    a = af.lm_call([{"role": "user", "content": "facts " + topic}], model="m")
    opts["tone"] = a
    show(opts)
    b = af.lm_call([{"role": "user", "content": opts["tone"]}], model="m")
    return [a, b]
