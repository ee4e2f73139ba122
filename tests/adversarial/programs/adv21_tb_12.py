"""Augmented subscript assignment: d[k()] += ask() where k fails after ask starts?"""

import sys
import traceback

import autoform as af

CAUSE = "augassign subscript order"
ARGS = ("owls", "cats")
LOG = []


def ask(t):
    LOG.append(t)
    return af.lm_call([{"role": "user", "content": t}], model="m")


def key(k):
    LOG.append("key " + k)
    return k


def main(a, b):
    d = {"owls": ""}
    try:
        d[key(b)] += ask(a)
    except KeyError:
        traceback.print_exc(file=sys.stdout)
    rc = ask(b + "!")
    return d, rc
