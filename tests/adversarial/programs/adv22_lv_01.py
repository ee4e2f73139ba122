"""A helper logs a record a value given at run time cannot format (a str for %d); called twice."""
import logging

import autoform as af

CAUSE = "log values in helper"
ARGS = ("owls", "cats", "n")

def ask(t, n):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("got %d", n)
    return r

def main(a, b, n):
    return ask(a, n), ask(b, n)
