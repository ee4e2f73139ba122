"""A generator names the function iterating it, for each item."""

import sys

import autoform as af

CAUSE = "frames"
ARGS = (["owls", "bats"],)


def labelled(items):
    for x in items:
        yield sys._getframe(1).f_code.co_name + ":" + x


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topics: list):
    out = []
    for q in labelled(topics):
        out.append(ask(q))
    return out
