""" ", ".join of replies and a number raises TypeError after the calls; a later call
fails: the TypeError comes first."""

import autoform as af

CAUSE = "deferred"
ARGS = ("ada",)
FAIL = {"later"}


def main(q: str):
    a = af.lm_call([{"role": "user", "content": "a " + q}], model="m")
    b = af.lm_call([{"role": "user", "content": "b " + q}], model="m")
    joined = ", ".join([a, b, len(q)])
    c = af.lm_call([{"role": "user", "content": "later " + q}], model="m")
    d = af.lm_call([{"role": "user", "content": joined}], model="m")
    return [c, d]
