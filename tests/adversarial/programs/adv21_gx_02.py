"""list() of a genexp whose items print, inside try; second item fails."""

import autoform as af

CAUSE = "genexp items with prints"
ARGS = (["owls", "cats", "dogs"],)
FAIL = ["cats"]


def ask(t):
    print("asking", t)
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items):
    try:
        out = list(ask(t) for t in items)
    except RuntimeError as e:
        print("caught", e)
        out = None
    return out
