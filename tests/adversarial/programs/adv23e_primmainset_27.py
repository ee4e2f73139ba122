"""A primitive sets VAR; main sets VAR between it and a second (non-writing) primitive."""

import contextvars
import time

import autoform as af

CAUSE = "carry at join overrides caller set made after the call"
ARGS = ("owls", "cats")

VAR = contextvars.ContextVar("adv23e_primmainset_27", default="unset")
_CFG = {"var": VAR}


@af.primitive
def fetch(t, d, w):
    time.sleep(d)
    if w:
        _CFG["var"].set(t)
    return t.upper()


def main(a: str, b: str):
    ra = fetch(a, 0.02, True)
    VAR.set("main")
    rb = fetch(b, 0.0, False)
    return ra, rb, VAR.get()
