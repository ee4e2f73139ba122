"""json.loads with an object_hook: the callback appends to a module list that each item's prompt quotes the length of
(read into an int first)."""

import json

import autoform as af

CAUSE = "json loads object_hook"
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
        out.append(json.loads(json.dumps({"r": r}), object_hook=track))
    return out
