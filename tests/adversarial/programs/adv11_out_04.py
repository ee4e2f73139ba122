"""warnings.showwarning is replaced in main by a function that records into LOG; a helper
warns after each reply, and the next prompt quotes LOG's length."""

import warnings

import autoform as af

CAUSE = "warnings"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


def record(message, category, filename, lineno, file=None, line=None):
    LOG.append(str(message))


def check(r):
    warnings.warn("checked " + r[-6:])
    return r


def main(topics: list):
    old = warnings.showwarning
    warnings.showwarning = record
    try:
        out = []
        for t in topics:
            out.append(
                check(af.lm_call([{"role": "user", "content": f"{t} {len(LOG)}"}], model="m"))
            )
    finally:
        warnings.showwarning = old
    return out
