"""A helper records the caller's line; main passes its argument over several lines, inside
a loop."""

import sys

import autoform as af

CAUSE = "frames"
ARGS = (["owls", "cats"],)
LOG = []


def ask(q):
    LOG.append(sys._getframe(1).f_lineno - main.__code__.co_firstlineno)
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topics: list):
    out = []
    for t in topics:
        out.append(
            ask(
                t + "!",
            ),
        )
    return out
