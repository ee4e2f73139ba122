"""Tuple unpacking of a pair of calls beside an independent call; unpack fails."""

import sys
import traceback

import autoform as af

CAUSE = "unpack fails beside call"
ARGS = ("owls", "cats")
LOG = []


def ask(t):
    LOG.append(t)
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a, b):
    try:
        x, y, z = ask(a), ask(b)
    except ValueError:
        traceback.print_exc(file=sys.stdout)
        x = y = None
    w = ask(a + b)
    return x, y, w
