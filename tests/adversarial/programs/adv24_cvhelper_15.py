"""A primitive calls a module helper that sets a context var."""

import contextvars
import time

import autoform as af

CAUSE = "context var set by a helper the primitive calls"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv24_cvhelper_15", default="unset")


def remember(t):
    VAR.set(t)


@af.primitive
def fetch(t, d):
    seen = VAR.get()
    time.sleep(d)
    remember(t)
    return t + "/" + seen


def main(a: str, b: str):
    ra = fetch(a, 0.02)
    rb = fetch(b, 0.0)
    return ra, rb, VAR.get()
