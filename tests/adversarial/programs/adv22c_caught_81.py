"""A failing call mid-loop is caught outside the loop: later items must not be requested."""

import autoform as af

CAUSE = "calls issued ahead of a failing one in a caught loop"
ARGS = (["owls", "cats", "dogs", "emus"],)
FAIL = ["cats"]
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")



def main(items):
    out = []
    try:
        for x in items:
            out.append(ask(x))
    except RuntimeError:
        out.append("failed")
    return out
