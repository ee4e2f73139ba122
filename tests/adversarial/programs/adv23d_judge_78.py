"""A helper's log record judged formattable but failing: return annotation int on a helper returning a str."""
import logging

import autoform as af

CAUSE = "log record judged formattable: return annotation int on a helper returning a str"
ARGS = ("owls", "cats", "x")

def count(t) -> int:
    return t


def other(t):
    r = af.lm_call([{"role": "user", "content": "o" + t}], model="m")
    print("other", r)
    return r

def noted(t, n):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("got %d", count(r))
    return r

def main(a, b, n):
    pass
    return noted(a, n), other(a), noted(b, n), other(b)
