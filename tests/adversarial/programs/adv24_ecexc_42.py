"""entry check fails in a helper that raises from logging args"""

import logging

import autoform as af

CAUSE = "entry check fails in a helper that raises from logging args"
ARGS = ("owls", "cats", "x")

def noted(t, n: int):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("got %d", n)
    return r + n


def other(t):
    r = af.lm_call([{"role": "user", "content": "o" + t}], model="m")
    print("other", r)
    return r


def main(a, b, n):
    out = []
    for t in (a, b):
        try:
            out.append(noted(t, n))
        except TypeError as e:
            print("caught", type(e).__name__)
            out.append(other(t))
    return out
