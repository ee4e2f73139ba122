"""Per-item replies stored in a dict; each prompt reads the dict through count(), made
before the loop."""

import functools  # noqa: F401
import itertools  # noqa: F401
import operator  # noqa: F401

import autoform as af

CAUSE = "partial len"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    done = {}
    count = functools.partial(len, done)
    for t in items:
        done[t] = af.lm_call([{"role": "user", "content": f"{t} ctx={count()}"}], model="m")
    return done
