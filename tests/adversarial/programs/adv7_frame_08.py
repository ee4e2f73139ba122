"""logging with a format naming the function and line, called in main itself."""

import logging

import autoform as af

CAUSE = "frames"
ARGS = ("owls",)
LOG = []


class ListHandler(logging.Handler):
    def emit(self, record):
        LOG.append((record.funcName, record.lineno - main.__code__.co_firstlineno, record.msg))


log = logging.getLogger("adv7_frame_08")
log.propagate = False
log.setLevel(logging.INFO)
log.addHandler(ListHandler())


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    a = ask(topic)
    log.info("first")
    b = ask(topic + "!")
    log.info("second")
    return [a, b]
