"""Failing call in a fanned-out loop whose body calls a helper; the item's traceback printed in the loop."""

import sys
import traceback

import autoform as af

CAUSE = 'tb fanout helper'
ARGS = ("owls", "cats")
FAIL = ['cats']


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m").upper()


def main(a: str, b: str):
    out = []
    for t in (a, b, "dogs"):
        try:
            out.append(ask(t))
        except RuntimeError:
            traceback.print_exc(file=sys.stdout)
    return out
