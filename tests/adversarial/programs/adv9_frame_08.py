"""A helper that reads its caller's function name is the sort key of sorted()."""

import sys

import autoform as af

CAUSE = "frames"
ARGS = (["owls", "cats"],)
LOG = []


def key(t):
    LOG.append(sys._getframe(1).f_code.co_name)
    return t


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topics: list):
    a = ask(topics[0])
    order = sorted([a, topics[1]], key=key)
    b = ask(order[0])
    return [a, b]
