"""Per-item replies stored in a dict; each prompt reads the dict through size(), made
before the loop."""

import functools  # noqa: F401
import itertools  # noqa: F401
import operator  # noqa: F401

import autoform as af

CAUSE = "bound __len__"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    done = {}
    size = done.__len__
    for t in items:
        done[t] = af.lm_call([{"role": "user", "content": f"{t} ctx={size()}"}], model="m")
    return done
