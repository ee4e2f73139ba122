"""Collecting for-loop over a generator that raises after two yields, caught by caller."""

import autoform as af

CAUSE = "caught generator failure after calls"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")



def topics(items):
    yield from items[:2]
    raise ValueError("stop")


def collect(items):
    out = []
    for x in topics(items):
        out.append(ask(x))
    return out


def main(items):
    try:
        return collect(items)
    except ValueError as e:
        return str(e)
