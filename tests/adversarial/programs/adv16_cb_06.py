"""functools.reduce with a tracking function: the callback appends to a module list that each item's prompt quotes the length of
(read into an int first)."""

import functools

import autoform as af

CAUSE = "reduce effect"
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
        out.append(functools.reduce(lambda a, b: track(a + b), r.split(":")))
    return out
