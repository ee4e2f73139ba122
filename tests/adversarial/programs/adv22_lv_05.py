"""A ContextVar set in a fanned-out loop's helper, read after the loop."""
import contextvars

import autoform as af

CAUSE = "cv loop helper"
ARGS = (["owls", "cats", "dogs"],)
VAR = contextvars.ContextVar("lv05", default="unset")

def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    VAR.set(t)
    return r

def main(items):
    out = []
    for t in items:
        out.append(ask(t))
    return out, VAR.get()
