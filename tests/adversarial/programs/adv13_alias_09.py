"""Per-item replies stored in a dict; each prompt reads the dict through has('owls'), made
before the loop."""

import functools  # noqa: F401
import itertools  # noqa: F401
import operator  # noqa: F401

import autoform as af

CAUSE = "itemgetter default"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    done = {}
    has = done.__contains__
    for t in items:
        done[t] = af.lm_call([{"role": "user", "content": f"{t} ctx={has('owls')}"}], model="m")
    return done
