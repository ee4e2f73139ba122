"""A decorator made with functools.wraps that logs around a helper: the wrapper's logging
is the helper's effect (its __wrapped__ points to the quiet original)."""

import functools

import autoform as af

CAUSE = "wraps decorator effect"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


def traced(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        LOG.append(f"call {fn.__name__}{args}")
        return fn(*args)

    return wrapper


@traced
def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


@traced
def tidy(r):
    return r.strip("<>")


def main(items: list):
    out = []
    for t in items:
        out.append(tidy(ask(t)))
    return out
