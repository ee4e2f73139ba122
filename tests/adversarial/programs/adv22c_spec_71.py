"""Caught ValueError from int() on the first reply: later items must not be requested."""

import autoform as af

CAUSE = "speculative requests before a raising step"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")



def main(items):
    out = []
    try:
        for x in items:
            out.append(int(ask(x)))
    except ValueError:
        out.append(-1)
    return out
