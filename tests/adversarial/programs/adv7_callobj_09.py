"""A logging wrapper made with functools.wraps, held in a global (not a decorator)."""

import functools

import autoform as af

CAUSE = "introspection"
ARGS = ("owls",)
LOG = []


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        LOG.append("call " + fn.__name__)
        out = fn(*args)
        LOG.append("done " + fn.__name__)
        return out

    return wrapper


logged_ask = logged(ask)


def main(q: str):
    a = logged_ask(q)
    b = logged_ask(q + "s")
    return [a, b]
