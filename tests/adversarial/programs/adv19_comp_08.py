"""Comprehension with a condition that calls the LM and a value that calls it too."""

import autoform as af

CAUSE = "comp filter call"
ARGS = (["owls", "cats", "dogs"],)
FAIL = ["dogs!"]


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items: list):
    try:
        return [ask(t + "!") for t in items if "a" in ask(t)]
    except RuntimeError as e:
        return str(e)
