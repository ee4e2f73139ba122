"""zip over a lazy map of calls and a shorter list: zip pulls one extra call."""

import autoform as af

CAUSE = "zip pulls first iterator before discovering second is exhausted"
ARGS = (["owls", "cats", "dogs"], ["x"])
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items, tags):
    return list(zip(map(ask, items), tags))
