"""A helper's log record judged formattable but failing: int subclass whose __index__ raises in %x."""
import logging

import autoform as af

CAUSE = "log record judged formattable: int subclass whose __index__ raises in %x"
ARGS = ("owls", "cats", "x")

class Idx(int):
    def __index__(self):
        raise RuntimeError("no index")

    def __int__(self):
        raise RuntimeError("no int")


def other(t):
    r = af.lm_call([{"role": "user", "content": "o" + t}], model="m")
    print("other", r)
    return r

def noted(t, n):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("got %x", Idx(3))
    return r

def main(a, b, n):
    pass
    return noted(a, n), other(a), noted(b, n), other(b)
