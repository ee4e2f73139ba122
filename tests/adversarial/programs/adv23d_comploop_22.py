"""Comprehension seeing its frame inside a loop that fans out."""
import logging

import autoform as af

CAUSE = "comprehension in fanned loop"
ARGS = (["a", "b"], ["1", "2"])

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(xs, ys):
    out = []
    for x in xs:
        r = ask(x)
        out.append([logging.warning("%s %s", x, y) or ask(r + y) for y in ys])
    return out
