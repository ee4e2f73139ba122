"""A helper records its caller's file name (the module's basename)."""

import os
import sys

import autoform as af

CAUSE = "frames"
ARGS = ("owls",)
LOG = []


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def origin():
    LOG.append(os.path.basename(sys._getframe(1).f_code.co_filename))


def main(topic: str):
    a = ask(topic)
    origin()
    return a
