"""Per-item replies stored in a dict; each prompt reads the dict through sorted(keys | {'x'}), made
before the loop."""

import functools  # noqa: F401
import itertools  # noqa: F401
import operator  # noqa: F401

import autoform as af

CAUSE = "loop collection read through an alias"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    done = {}
    keys = done.keys()
    for t in items:
        done[t] = af.lm_call(
            [{"role": "user", "content": f"{t} ctx={sorted(keys | {'x'})}"}], model="m"
        )
    return done
