"""Per-item replies stored in a dict; each prompt reads the dict through lookup('owls', '-')[-4:], made
before the loop."""

import functools  # noqa: F401
import itertools  # noqa: F401
import operator  # noqa: F401

import autoform as af

CAUSE = "bound get"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    done = {}
    lookup = done.get
    for t in items:
        done[t] = af.lm_call(
            [{"role": "user", "content": f"{t} ctx={lookup('owls', '-')[-4:]}"}], model="m"
        )
    return done
