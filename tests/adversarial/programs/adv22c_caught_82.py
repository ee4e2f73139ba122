"""Comprehension of calls inside a helper; failure caught by caller."""

import autoform as af

CAUSE = "comprehension calls ahead of failure"
ARGS = (["owls", "cats", "dogs", "emus"],)
FAIL = ["cats"]
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")



def batch(items):
    return [ask(x) for x in items]


def main(items):
    try:
        return batch(items)
    except RuntimeError as e:
        return "failed: " + str(e)
