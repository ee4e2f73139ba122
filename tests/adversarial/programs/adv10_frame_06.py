"""getattr(sys, "_getframe") with a name built at run time."""

import sys

import autoform as af

CAUSE = "frames"
ARGS = (["owls", "cats"],)
LOG = []
NAME = "_get" + "frame"


def caller():
    return getattr(sys, NAME)(2).f_code.co_name


def ask(q):
    LOG.append(caller())
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topics: list):
    return [ask(t) for t in topics]
