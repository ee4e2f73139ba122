"""Comprehension of calls inside except handler; failure context."""

import autoform as af

CAUSE = "context of fanned call in handler"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


FAIL = ["dogs"]


def batch(items):
    return [ask(x) for x in items]


def main(items):
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            return batch(items)
        except RuntimeError as e:
            return repr(e.__context__), repr(e.__context__.__context__)
