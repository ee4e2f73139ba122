"""A sync primitive reads VAR and sets it through a user object's attribute; two calls."""

import contextvars
import time

import autoform as af

CAUSE = "context var set through an object attribute"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv24_cvattr_11", default="unset")


class Cfg:
    var = None


CFG = Cfg()
CFG.var = VAR


@af.primitive
def fetch(t, d):
    seen = VAR.get()
    time.sleep(d)
    CFG.var.set(t)
    return t + "/" + seen


def main(a: str, b: str):
    ra = fetch(a, 0.02)
    rb = fetch(b, 0.0)
    return ra, rb, VAR.get()
