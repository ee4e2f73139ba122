"""Genexp iterable is a call to the LM itself; items call again."""

import autoform as af

CAUSE = "genexp iterable is LM call"
ARGS = ("owls",)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a):
    try:
        return tuple(ask(c) for c in ask(a)[:4])
    except RuntimeError:
        return None
