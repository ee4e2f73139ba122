"""A helper writes through an alias of a module dict; the prompt reads the original name."""

import autoform as af

CAUSE = "state"
ARGS = (["owls", "cats", "dogs"],)
STATE = {"n": 0}
_S = STATE


def tally():
    _S["n"] += 1


def main(topics: list):
    out = []
    for t in topics:
        out.append(af.lm_call([{"role": "user", "content": f"{t} {STATE['n']}"}], model="m"))
        tally()
    return out
