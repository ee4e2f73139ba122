"""A module-level stats object's total is increased after each reply; the prompt quotes it."""

import types

import autoform as af

CAUSE = "state"
ARGS = (["owls", "cats", "dogs"],)
STATS = types.SimpleNamespace(total=0)


def main(topics: list):
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": f"{t} {STATS.total}"}], model="m")
        STATS.total += len(r)
        out.append(r)
    return out
