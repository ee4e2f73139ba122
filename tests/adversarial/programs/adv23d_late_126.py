"""Closures in a comprehension that sees its frame capture the comprehension variable."""
import logging

import autoform as af

CAUSE = "late binding in comprehension seeing frame"
ARGS = (["a", "b"],)

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(xs):
    fns = [(lambda: x) for x in xs if ask(x) and not logging.warning("x %s", x)]
    return [f() for f in fns]
