"""A dict of defaultdicts given as an argument; a helper reads a missing key of one."""

import collections

import autoform as af

CAUSE = "defaultdict read inserts"
ARGS = (["owls", "cats", "dogs"], {"seen": collections.defaultdict(int)})


def count(state, key):
    return state["seen"][key]


def main(items: list, state: dict):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} / {len(state['seen'])}"}], model="m")
        out.append(count(state, r))
    return out
