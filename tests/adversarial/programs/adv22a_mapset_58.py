"""A helper sets VAR through map(VAR.set, ...) and returns the tokens; main resets with one."""

import contextvars

import autoform as af

CAUSE = "writer passed to map"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv22a_mapset_58", default="unset")


def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    return r, list(map(VAR.set, [t]))[0]


def main(a: str, b: str):
    ra, tok = ask(a)
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    seen = VAR.get()
    VAR.reset(tok)
    return ra, rb, seen, VAR.get()
