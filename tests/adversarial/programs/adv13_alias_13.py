"""Per-item replies stored in a dict; each prompt reads the dict through ctx(), made
before the loop."""

import functools  # noqa: F401
import itertools  # noqa: F401
import operator  # noqa: F401

import autoform as af

CAUSE = "nested def reads"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    done = {}

    def ctx():
        return len(done)

    for t in items:
        done[t] = af.lm_call([{"role": "user", "content": f"{t} ctx={ctx()}"}], model="m")
    return done
