"""Per-item replies stored in a dict; each prompt reads the dict through sum(map(len, vals)), made
before the loop."""

import functools  # noqa: F401
import itertools  # noqa: F401
import operator  # noqa: F401

import autoform as af

CAUSE = "loop collection read through an alias"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    done = {}
    vals = done.values()
    for t in items:
        done[t] = af.lm_call(
            [{"role": "user", "content": f"{t} ctx={sum(map(len, vals))}"}], model="m"
        )
    return done
