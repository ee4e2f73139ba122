"""A helper warns with a positional stacklevel of 3 (its caller's caller); main records where
each warning points."""

import warnings

import autoform as af

CAUSE = "frames"
ARGS = ("owls",)
LOG = []


def deprecated(msg):
    warnings.warn(msg, DeprecationWarning, 3)


def ask(q):
    deprecated("ask is old")
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        a = ask(topic)
        b = ask(a[:8])
    LOG.extend(w.filename.rsplit("/", 1)[-1] for w in seen)
    return [a, b]
