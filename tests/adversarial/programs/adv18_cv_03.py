"""main sets a ContextVar after its first call; a sync primitive reads it."""

import contextvars

import autoform as af

CAUSE = 'contextvar primitive'
ARGS = ("owls", "cats")


VAR = contextvars.ContextVar("adv18_cv_03", default="unset")


@af.primitive
def probe(x):
    return x + VAR.get()


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    VAR.set(ra)
    rb = probe(b)
    rc = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb, rc
