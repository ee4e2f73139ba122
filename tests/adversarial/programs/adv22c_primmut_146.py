"""Sync primitive reads a local list that main appends to right after the call."""

import autoform as af

CAUSE = "argument mutated while primitive runs in thread"
ARGS = ("owls", "cats")
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


import time


@af.primitive
def summarize(parts):
    time.sleep(0.02)
    return "|".join(parts)


def main(a, b):
    parts = [a]
    s = summarize(parts)
    parts.append(b)
    rb = ask(b)
    return s, rb, parts
