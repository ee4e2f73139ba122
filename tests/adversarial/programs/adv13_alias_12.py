"""Per-item replies stored in a dict; each prompt reads the dict through len(box[0]), made
before the loop."""

import functools  # noqa: F401
import itertools  # noqa: F401
import operator  # noqa: F401

import autoform as af

CAUSE = "loop collection read through an alias"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    done = {}
    box = (done,)
    for t in items:
        done[t] = af.lm_call([{"role": "user", "content": f"{t} ctx={len(box[0])}"}], model="m")
    return done
