"""Generator created before loop, pulled after each call."""

import autoform as af

CAUSE = "shared generator consumed in item order"
ARGS = (["owls", "cats", "dogs", "emus"],)
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")



def main(items):
    g = (i * i for i in range(10))
    out = []
    for x in items:
        r = ask(x)
        out.append((next(g), r))
    return out
