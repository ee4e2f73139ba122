"""A later LM call fails; the pinned helper before it prints and logs in full first."""
import logging

import autoform as af

CAUSE = "later failing LM call vs pinned helper output"
ARGS = (["a", "b", "c"], "n")
FAIL = ["later"]

def pinned(t, n):
    print("pinned start", t)
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    logging.warning("got %d", n)
    r2 = af.lm_call([{"role": "user", "content": r + "2"}], model="m")
    print("pinned end", t)
    return r2

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(xs, n):
    out = [pinned(x, n) for x in xs]
    z = ask("later")
    return out, z
