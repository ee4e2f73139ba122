"""A fanned-out loop whose helper sets VAR through an alias: the last item wins."""

import contextvars

import autoform as af

CAUSE = "fan-out collect order"
ARGS = (["owls", "cats", "dogs"],)

VAR = contextvars.ContextVar("adv22a_loopwin_16", default="unset")
put = VAR.set


def ask(t):
    r = af.lm_call([{"role": "user", "content": t + VAR.get()}], model="m")
    put(t)
    return r


def main(xs):
    out = []
    for x in xs:
        out.append(ask(x))
    return out, VAR.get()
