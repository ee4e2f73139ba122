"""A module-level itertools.count gives each request an id."""

import itertools

import autoform as af

CAUSE = "global itertools.count ids"
ARGS = (["owls", "cats", "dogs"],)
_IDS = itertools.count(1)


def ask(t):
    return af.lm_call([{"role": "user", "content": f"#{next(_IDS)} {t}"}], model="m")


def main(items: list):
    return [ask(t) for t in items]
