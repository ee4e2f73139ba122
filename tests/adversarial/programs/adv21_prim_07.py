"""Primitive raising SystemExit inside a fanned loop; caught outside."""

import autoform as af

CAUSE = "SystemExit in loop primitive"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


@af.primitive
def check(x):
    LOG.append(x)
    if "cats" in x:
        raise SystemExit(3)
    return x


def main(items):
    out = []
    try:
        for t in items:
            out.append(check(ask(t)))
    except SystemExit as e:
        LOG.append(e.code)
    return out
