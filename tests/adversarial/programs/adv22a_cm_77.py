"""Inside a user context manager that sets and resets VAR, a helper sets VAR (var parameter)."""

import contextlib
import contextvars

import autoform as af

CAUSE = "join after the with block carries a set the block reset"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv22a_cm_77", default="unset")


@contextlib.contextmanager
def using(x):
    tok = VAR.set(x)
    try:
        yield
    finally:
        VAR.reset(tok)


def ask(t, var):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    var.set(t)
    return r


def main(a: str, b: str):
    with using("inner"):
        ra = ask(a, VAR)
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb, VAR.get()
