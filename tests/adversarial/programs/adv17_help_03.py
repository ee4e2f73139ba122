"""Two-stage per item: draft then critique, helper prints between the stages; items run
through a comprehension."""

import sys

import autoform as af

CAUSE = "two stage helper prints"
ARGS = (["owls", "cats", "dogs"],)


def refine(t):
    draft = af.lm_call([{"role": "user", "content": f"draft {t}"}], model="m")
    print("draft for", t, file=sys.stderr)
    crit = af.lm_call([{"role": "user", "content": f"critique {draft}"}], model="m")
    print("critique for", t)
    return crit


def main(items: list):
    return [refine(t) for t in items]
