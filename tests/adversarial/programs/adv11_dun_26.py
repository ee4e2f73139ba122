"""json.dumps with a default= hook that logs, after each turn's call."""

import json

import autoform as af

CAUSE = "dunder"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


class Tag:
    def __init__(self, t):
        self.t = t


def encode(o):
    LOG.append("encode " + o.t)
    return o.t


def main(topics: list):
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(json.dumps({"tag": Tag(t), "r": r}, default=encode))
    return out
