"""itertools.groupby with a key: the callback appends to a module list that each item's prompt quotes the length of
(read into an int first)."""

import itertools

import autoform as af

CAUSE = "groupby key effect"
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
        out.append([k for k, _ in itertools.groupby(r, key=lambda c: track(c.isalpha()))])
    return out
