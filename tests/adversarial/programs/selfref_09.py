"""The function passes itself to a helper that records the function's name."""

import autoform as af

CAUSE = 14
ARGS = ("x",)
LOG = []


def register(f):
    LOG.append(f.__name__)


def main(topic: str):
    register(main)
    return af.lm_call([{"role": "user", "content": topic}], model="m")
