"""max/sum over generators whose filter logs."""
import logging

import autoform as af

CAUSE = "generator consumed by max/sum"
ARGS = (["c", "a", "b"],)

def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

def main(xs):
    m = max(ask(x) for x in xs if not logging.warning("m %s", x))
    s = sum(len(ask(x)) for x in xs if not logging.warning("s %s", x))
    return m, s
