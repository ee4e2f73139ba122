"""Attribute target whose object comes from a helper with output: `record(t).score =
int(ask(t))` — the int() fails before record() prints."""

import types

import autoform as af

CAUSE = "attribute target after value"
ARGS = (["owls", "cats"],)


def record(t):
    print("record", t)
    return types.SimpleNamespace(name=t)


def main(items: list):
    for t in items:
        record(t).score = int(af.lm_call([{"role": "user", "content": t}], model="m").strip("<>m:"))
    return "done"
