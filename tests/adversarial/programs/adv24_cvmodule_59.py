"""A primitive sets a context var held as an attribute of a module object."""

import contextvars
import time
import types

import autoform as af

CAUSE = "context var set through a module attribute"
ARGS = ("owls", "cats")

cfg = types.ModuleType("adv24_cfg")
cfg.VAR = contextvars.ContextVar("adv24_cvmodule_59", default="unset")


@af.primitive
def fetch(t, d):
    seen = cfg.VAR.get()
    time.sleep(d)
    cfg.VAR.set(t)
    return t + "/" + seen


def main(a: str, b: str):
    ra = fetch(a, 0.02)
    rb = fetch(b, 0.0)
    return ra, rb, cfg.VAR.get()
