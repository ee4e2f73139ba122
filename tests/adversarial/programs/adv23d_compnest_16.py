"""Nested comprehension whose inner element prints and asks."""
import sys

import autoform as af

CAUSE = "nested comprehension seeing frame"
ARGS = (["a", "b"], ["x", "y"])

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(xs, ys):
    return [[sys._getframe().f_code.co_name + ask(x + y) for y in ys] for x in xs]
