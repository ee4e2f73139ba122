"""A helper bumps a counter through sys.modules[__name__] after each reply; each prompt
quotes the counter."""

import sys

import autoform as af

CAUSE = "state"
ARGS = (["owls", "cats", "dogs"],)
COUNT = 0


def tally():
    mod = sys.modules[__name__]
    mod.COUNT += 1


def main(topics: list):
    out = []
    for t in topics:
        out.append(af.lm_call([{"role": "user", "content": f"{t} {COUNT}"}], model="m"))
        tally()
    return out
