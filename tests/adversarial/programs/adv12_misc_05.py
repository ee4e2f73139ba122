"""json.dumps with a default= hook that counts; each turn's prompt holds the count."""

import json

import autoform as af

CAUSE = "fan-out json default hook"
ARGS = (["owls", "cats", "dogs"],)
N = 0


class Obj:
    pass


def hook(o):
    global N
    N += 1
    return N


def main(topics: list):
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        s = json.dumps({"r": r, "o": Obj()}, default=hook)
        out.append(af.lm_call([{"role": "user", "content": s}], model="m"))
    return out
