"""return inside finally swallows a failing call's exception mid-loop."""

import autoform as af

CAUSE = "finally return swallows exception"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

FAIL = ["cats"]


def collect(items):
    out = []
    try:
        for x in items:
            out.append(ask(x))
            LOG.append(x)
    finally:
        return out


def main(items):
    got = collect(items)
    return got, ask("done")
