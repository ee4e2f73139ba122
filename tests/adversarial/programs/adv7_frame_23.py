"""A tracing decorator records which function called the decorated helper."""

import functools
import sys

import autoform as af

CAUSE = "frames"
ARGS = ("owls",)
LOG = []


def traced(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        LOG.append(sys._getframe(1).f_code.co_name + " -> " + fn.__name__)
        return fn(*args)

    return wrapper


@traced
def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    a = ask(topic)
    b = ask(topic + "s")
    return [a, b]
