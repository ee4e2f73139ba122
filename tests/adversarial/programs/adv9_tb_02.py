"""A failing call inside a list comprehension; print_exc(limit=2) shows main and the
comprehension."""

import traceback

import autoform as af

CAUSE = "traceback"
ARGS = (["owls", "bad", "cats"],)
FAIL = ["bad"]


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topics: list):
    first = ask(topics[0])
    try:
        rest = [ask(t + first[:3]) for t in topics[1:]]
    except Exception:
        traceback.print_exc(limit=2)
        rest = []
    return [first, rest]
