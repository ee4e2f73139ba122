"""functools.reduce refines a draft with one call per note."""

import functools

import autoform as af

CAUSE = "flow"
ARGS = ("draft", ["n1", "n2", "n3"])


def refine(draft, note):
    return af.lm_call([{"role": "user", "content": f"{draft[-10:]} + {note}"}], model="m")


def main(draft: str, notes: list):
    return functools.reduce(refine, notes, draft)
