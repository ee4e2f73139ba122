"""A primitive sets a context var stored as a class attribute."""

import contextvars
import time

import autoform as af

CAUSE = "context var as a class attribute"
ARGS = ("owls", "cats")


class Settings:
    VAR = contextvars.ContextVar("adv24_cvclassattr_13", default="unset")


@af.primitive
def fetch(t, d):
    seen = Settings.VAR.get()
    time.sleep(d)
    Settings.VAR.set(t)
    return t + "/" + seen


def main(a: str, b: str):
    ra = fetch(a, 0.02)
    rb = fetch(b, 0.0)
    return ra, rb, Settings.VAR.get()
