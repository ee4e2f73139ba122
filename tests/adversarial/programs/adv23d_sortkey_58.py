"""sorted(genexpr, key=f) where f logs a bad record."""
import logging

import autoform as af

CAUSE = "bad log record in sort key of listed genexpr"
ARGS = (["c", "a", "b"],)

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def keyf(r):
    logging.warning("key %d", r)
    return r

def main(xs):
    return sorted((print("el", x) or ask(x) for x in xs), key=keyf)
