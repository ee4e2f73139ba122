"""A config loader (json -> dict) passed through a library call that wraps dicts in
defaultdicts (a nested helper using a default factory), assigned into an argument list."""

import collections
import json

import autoform as af

CAUSE = "defaultdict appended to argument list"
ARGS = (["owls", "cats", "dogs"], [])


def load(text):
    return collections.defaultdict(str, json.loads(text))


def main(items: list, tables: list):
    tables.append(load('{"owls": "bird"}'))
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} / {len(tables[-1])}"}], model="m")
        out.append(tables[-1][r])
    return out
