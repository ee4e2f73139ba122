"""A fanned-out loop body sets a ContextVar after its call; main reads it after the loop."""

import contextvars

import autoform as af

CAUSE = 'contextvar set in loop'
ARGS = ("owls", "cats")


VAR = contextvars.ContextVar("adv18_cv_06", default="unset")


def main(a: str, b: str):
    out = []
    for t in (a, b):
        out.append(af.lm_call([{"role": "user", "content": t}], model="m"))
        VAR.set(t)
    return out, VAR.get()
