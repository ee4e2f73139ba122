"""Tables built by a helper (one a defaultdict), fetched with dict.get, then indexed."""

import collections

import autoform as af

CAUSE = "defaultdict read inserts"
ARGS = (["owls", "cats", "dogs"],)


def make_tables():
    return {"by_reply": collections.defaultdict(int), "names": {}}


def main(items: list):
    tables = make_tables()
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} / {len(tables['by_reply'])}"}], model="m")
        out.append(tables.get("by_reply")[r])
    return out
