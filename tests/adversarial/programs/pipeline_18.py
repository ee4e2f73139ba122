"""A try/finally without handlers logs the exception in flight, formatted with traceback."""

import sys
import traceback

import autoform as af

CAUSE = "pipeline"
ARGS = ("owl",)
FAIL = ["bat"]
LOG = []


def main(topic: str):
    try:
        a = af.lm_call([{"role": "user", "content": topic}], model="m")
        b = af.lm_call([{"role": "user", "content": "bat"}], model="m")
        c = af.lm_call([{"role": "user", "content": a}], model="m")
    finally:
        exc = sys.exc_info()[1]
        if exc is not None:
            LOG.append("".join(traceback.format_exception_only(type(exc), exc)))
    return [a, b, c]
