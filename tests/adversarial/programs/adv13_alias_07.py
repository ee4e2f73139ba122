"""Per-item replies stored in a dict; each prompt reads the dict through ctx(), made
before the loop."""

import functools  # noqa: F401
import itertools  # noqa: F401
import operator  # noqa: F401

import autoform as af

CAUSE = "lambda closure reads"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    done = {}
    ctx = lambda: len(done)  # noqa: E731
    for t in items:
        done[t] = af.lm_call([{"role": "user", "content": f"{t} ctx={ctx()}"}], model="m")
    return done
