"""A comprehension in main whose element logs a bad record and asks."""
import logging

import autoform as af

CAUSE = "bad log record in comprehension element"
ARGS = (["a", "b"],)

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(xs):
    first = ask("first")
    ys = [logging.warning("el %d", x) or ask(x) for x in xs]
    return first, ys
