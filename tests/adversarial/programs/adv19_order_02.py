"""Chained comparison with LM calls in the middle; short-circuits."""

import autoform as af

CAUSE = "chained comparison short-circuit"
ARGS = ("owls", "cats", "dogs")


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(a: str, b: str, c: str):
    return len(ask(a)) > len(ask(b)) > len(ask(c)), ask(a) < ask(b) < ask(c)
