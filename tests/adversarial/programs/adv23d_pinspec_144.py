"""A pinned helper in a loop ends the loop with break; asks after the loop for each item."""
import logging

import autoform as af

CAUSE = "pinned helper deciding loop exit"
ARGS = (["a", "b", "c"], "n")

def pinned(t, n):
    logging.warning("got %d", n)
    return af.lm_call([{"role": "user", "content": t}], model="m") == "<m:b>"

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(xs, n):
    seen = []
    for x in xs:
        if pinned(x, n):
            break
        seen.append(ask("q" + x))
    return seen
