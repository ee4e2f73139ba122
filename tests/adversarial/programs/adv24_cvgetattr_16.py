"""A primitive sets a context var through getattr on a namespace object."""

import contextvars
import time
import types

import autoform as af

CAUSE = "context var set through getattr setter"
ARGS = ("owls", "cats")

NS = types.SimpleNamespace(var=contextvars.ContextVar("adv24_cvgetattr_16", default="unset"))


@af.primitive
def fetch(t, d):
    seen = NS.var.get()
    time.sleep(d)
    getattr(NS.var, "se" + "t")(t)
    return t + "/" + seen


def main(a: str, b: str):
    ra = fetch(a, 0.02)
    rb = fetch(b, 0.0)
    return ra, rb, NS.var.get()
