"""A pinned helper mapped over a list with map() and with a starred call."""
import logging

import autoform as af

CAUSE = "pinned helper through map"
ARGS = (["a", "b"], "n")

def pinned(t, n="x"):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("got %d", n)
    print("pinned", t)
    return r

def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    print("ask", t)
    return r

def main(xs, n):
    first = ask("first")
    ys = list(map(pinned, xs))
    zs = pinned(*xs[:1], **{"n": n})
    return first, ys, zs, ask("last")
