"""A list comprehension calling a pinned helper; one item fails."""
import logging

import autoform as af

CAUSE = "comprehension seeing frame, failure"
ARGS = (["a", "b", "c"], "n")
FAIL = ["b"]

def pinned(t, n):
    print("pinned", t)
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("pinned %d", n)
    return r

def main(xs, n):
    first = af.lm_call([{"role": "user", "content": "first"}], model="m")
    ys = [pinned(x, n) for x in xs]
    return first, ys
