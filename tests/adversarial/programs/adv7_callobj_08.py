"""A functools.partial of a helper held in a global, called twice."""

import functools

import autoform as af

CAUSE = "introspection"
ARGS = ("owls",)
LOG = []


def ask(q, prefix=""):
    LOG.append(prefix)
    return af.lm_call([{"role": "user", "content": prefix + q}], model="m")


summarize = functools.partial(ask, prefix="summarize: ")


def main(q: str):
    a = ask(q)
    b = summarize(a)
    c = summarize(q + "s")
    return [a, b, c]
