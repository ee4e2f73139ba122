"""A helper logs %d of a user object with __int__/__index__ that prints."""
import logging

import autoform as af

CAUSE = "formatting %d of user object"
ARGS = ("owls", "cats")

class Num:
    def __init__(self, t):
        self.t = t

    def __index__(self):
        print("index of", self.t)
        return 7

    def __int__(self):
        print("int of", self.t)
        return 7

    def __repr__(self):
        return "Num()"

def other(t):
    r = af.lm_call([{"role": "user", "content": "o" + t}], model="m")
    print("other", r)
    return r

def noted(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("got %d", Num(r))
    return r

def main(a, b):
    return noted(a), other(a), noted(b), other(b)
