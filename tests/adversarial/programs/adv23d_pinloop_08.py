"""Fanned loop with a pinned helper where one item fails."""
import logging

import autoform as af

CAUSE = "pinned helper in fanned loop failure"
ARGS = (["a", "b", "c"], "n")
FAIL = ["pb"]

def pinned(t, n):
    print("pinned before", t)
    r = af.lm_call([{"role": "user", "content": "p" + t}], model="m")
    logging.warning("pinned %d", n)
    return r

def main(xs, n):
    out = []
    for x in xs:
        q = af.lm_call([{"role": "user", "content": x}], model="m")
        out.append(pinned(x, n) + q)
    return out
