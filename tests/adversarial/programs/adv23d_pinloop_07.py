"""A pinned helper called in a loop with an ask per item; prints interleave."""
import logging

import autoform as af

CAUSE = "pinned helper in fanned loop"
ARGS = (["a", "b", "c"], "n")

def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    print("ask", t)
    return r

def pinned(t, n):
    print("pinned before", t)
    r = af.lm_call([{"role": "user", "content": "p" + t}], model="m")
    logging.warning("pinned %d", n)
    print("pinned after", t)
    return r

def main(xs, n):
    out = []
    for x in xs:
        out.append(ask(x))
        out.append(pinned(x, n))
    return out
