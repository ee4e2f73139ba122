"""except-as name is deleted after the handler; reading it later raises."""

import autoform as af

CAUSE = "except-as target unbound after handler"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")

FAIL = ["cats"]


def main(items):
    e = "none"
    out = []
    for x in items:
        try:
            out.append(ask(x))
        except RuntimeError as e:
            LOG.append("failed")
    return out, e
