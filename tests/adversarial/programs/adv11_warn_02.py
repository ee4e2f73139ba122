"""A helper warns with stacklevel=2; main records each warning's line and function file."""

import os
import warnings

import autoform as af

CAUSE = "warnings"
ARGS = (["owls", "cats"],)
LOG = []


def check(r):
    warnings.warn("short " + r[-6:], stacklevel=2)
    return r


def main(topics: list):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = []
        for t in topics:
            out.append(check(af.lm_call([{"role": "user", "content": t}], model="m")))
    LOG.extend(f"{os.path.basename(w.filename)}:{w.lineno}" for w in caught)
    return out
