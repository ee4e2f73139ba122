"""A context manager sets the module's current model; the helper reads it."""

from contextlib import contextmanager

import autoform as af

CAUSE = 1
ARGS = ()
MODEL = ["small"]


@contextmanager
def using(m):
    old = MODEL[0]
    MODEL[0] = m
    try:
        yield
    finally:
        MODEL[0] = old


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model=MODEL[0])


def main():
    a = ask("a")
    with using("big"):
        b = ask("b")
    c = ask("c")
    return [a, b, c]
