"""A list built in main is stored as an attribute of a module-level object before the
loop (so it escapes); a module helper appends to the object's list, and the prompts read
the local name."""

import types

import autoform as af

CAUSE = "local list escapes into module object"
ARGS = (["owls", "cats", "dogs"],)
SESSION = types.SimpleNamespace(items=None)


def record(r):
    SESSION.items.append(r[-5:])


def main(items: list):
    mine = []
    SESSION.items = mine
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} n={len(mine)}"}], model="m")
        record(r)
        out.append(r)
    return out
