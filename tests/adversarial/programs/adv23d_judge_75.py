"""A helper's log record judged formattable but failing: annotated str return of helper that returns int."""
import logging

import autoform as af

CAUSE = "log record judged formattable: annotated str return of helper that returns int"
ARGS = ("owls", "cats", "x")

def shout(t) -> str:
    return len(t)


def other(t):
    r = af.lm_call([{"role": "user", "content": "o" + t}], model="m")
    print("other", r)
    return r

def noted(t, n):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("got %s %d", shout(r), shout(r) + "!")
    return r

def main(a, b, n):
    pass
    return noted(a, n), other(a), noted(b, n), other(b)
