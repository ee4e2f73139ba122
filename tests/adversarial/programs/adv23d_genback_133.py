"""A listed generator's element calls a helper that reads two frames up."""
import sys

import autoform as af

CAUSE = "listed genexpr caller frames via helper"
ARGS = (["a", "b"],)

def who():
    return sys._getframe(2).f_code.co_name

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(xs):
    return sorted(ask(x) + who() for x in xs)
