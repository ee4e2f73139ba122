"""A loop body makes an LM call then sets VAR through a plain module function: the last item wins."""

import contextvars

import autoform as af

CAUSE = "fan-out items setting VAR through a plain function"
ARGS = (["owls", "cats", "dogs"],)

VAR = contextvars.ContextVar("adv22a_loopbody_80", default="unset")


def configure(x):
    VAR.set(x)


def main(xs):
    out = []
    for x in xs:
        r = af.lm_call([{"role": "user", "content": x}], model="m")
        configure(r)
        out.append(r)
    return out, VAR.get()
