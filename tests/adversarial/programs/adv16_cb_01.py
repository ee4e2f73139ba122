"""json.dumps with a default= callback: the callback appends to a module list that each item's prompt quotes the length of
(read into an int first)."""

import json

import autoform as af

CAUSE = "json dumps default callback"
ARGS = (["owls", "cats", "dogs"],)
SEEN = []


def track(x):
    SEEN.append(str(x)[:8])
    return str(x)


def main(items: list):
    out = []
    for t in items:
        n = len(SEEN)
        r = af.lm_call([{"role": "user", "content": f"{t} seen={n}"}], model="m")
        out.append(json.dumps({"r": r, "obj": object()}, default=track)[:20])
    return out
