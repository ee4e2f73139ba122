"""A helper warns about its caller (positional stacklevel 2) and records where the warning
points."""

import os
import warnings

import autoform as af

CAUSE = "frames"
ARGS = ("owls",)
LOG = []


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def check(q):
    with warnings.catch_warnings(record=True) as got:
        warnings.simplefilter("always")
        warnings.warn("short prompt", UserWarning, 2)
    w = got[0]
    LOG.append((os.path.basename(w.filename), w.lineno - main.__code__.co_firstlineno))
    return q


def main(topic: str):
    a = ask(check(topic))
    b = ask(check(a[:5]))
    return [a, b]
