"""Assignment target evaluated after the value: `table[slot(t)] = json.loads(ask(t))` —
Python evaluates the value (the call and the parse) before the key; slot prints, and the
parse fails on the first reply, so nothing is printed."""

import json

import autoform as af

CAUSE = "target after value"
ARGS = (["owls", "cats"],)


def slot(t):
    print("slot for", t)
    return t.upper()


def main(items: list):
    table = {}
    for t in items:
        table[slot(t)] = json.loads(af.lm_call([{"role": "user", "content": t}], model="m"))
    return table
