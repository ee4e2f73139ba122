"""A primitive warns with stacklevel=2; main records where the warning points."""

import os
import warnings

import autoform as af

CAUSE = "warning stacklevel in a primitive points at the caller"
ARGS = ("owls", "cats")
LOG = []


@af.primitive
def legacy(text):
    warnings.warn("legacy is deprecated", DeprecationWarning, stacklevel=2)
    return text.upper()


def main(a, b):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        v = legacy(ra)
    for w in caught:
        LOG.append((os.path.basename(w.filename), w.lineno))
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return v, rb
