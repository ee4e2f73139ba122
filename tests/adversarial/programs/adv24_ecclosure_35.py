"""entry check fails in a nested function defined in main"""

import logging

import autoform as af

CAUSE = "entry check fails in a nested function defined in main"
ARGS = ("owls", "cats", "x")




def other(t):
    r = af.lm_call([{"role": "user", "content": "o" + t}], model="m")
    print("other", r)
    return r


def main(a, b, n):
    def noted(t, n: int):
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        logging.warning("got %d", n)
        return r

    return noted(a, n), other(a), noted(b, n), other(b)
