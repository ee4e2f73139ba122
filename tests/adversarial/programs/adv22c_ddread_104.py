"""defaultdict reads insert keys; reads before and after each call interleave."""

import autoform as af

CAUSE = "defaultdict __getitem__ inserts on read, run ahead"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


from collections import defaultdict


def main(items):
    d = defaultdict(int)
    out = []
    for x in items:
        r = ask(f"{x}{d[x]}")
        out.append(d[r])
    return out, list(d)
