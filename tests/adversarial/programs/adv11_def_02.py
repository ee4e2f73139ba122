"""A helper's default comes from a counter at import (a stamp); the counter moves on."""

import itertools

import autoform as af

CAUSE = "defaults"
ARGS = (["owls", "cats"],)
_ids = itertools.count(100)


def ask(q, stamp=next(_ids)):
    return af.lm_call([{"role": "user", "content": f"{stamp} {q}"}], model="m")


def main(topics: list):
    next(_ids)
    return [ask(t) for t in topics]
