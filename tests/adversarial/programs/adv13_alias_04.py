"""Per-item replies stored in a dict; each prompt reads the dict through len(done), made
before the loop."""

import functools  # noqa: F401
import itertools  # noqa: F401
import operator  # noqa: F401

import autoform as af

CAUSE = "direct len control"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    done = {}
    pass
    for t in items:
        done[t] = af.lm_call([{"role": "user", "content": f"{t} ctx={len(done)}"}], model="m")
    return done
