"""A helper's log record judged formattable but failing: dict holding a key whose repr raises, via %r."""
import logging

import autoform as af

CAUSE = "log record judged formattable: dict holding a key whose repr raises, via %r"
ARGS = ("owls", "cats", "x")

class Bad:
    def __hash__(self):
        return 1

    def __repr__(self):
        raise RuntimeError("no repr")


def other(t):
    r = af.lm_call([{"role": "user", "content": "o" + t}], model="m")
    print("other", r)
    return r

def noted(t, n):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("got %r", {Bad(): r})
    return r

def main(a, b, n):
    pass
    return noted(a, n), other(a), noted(b, n), other(b)
