"""Walrus inside a frame-seeing comprehension binds in the function."""
import logging

import autoform as af

CAUSE = "walrus in comprehension seeing frame"
ARGS = (["a", "b", "c"],)

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(xs):
    last = "none"
    ys = [(last := ask(x)) for x in xs if not logging.warning("w %s", x)]
    z = ask(last)
    return ys, last, z
