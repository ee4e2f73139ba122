"""A ContextVar holds the previous reply; each turn sets it after its call and the next
turn's prompt reads it."""

import contextvars

import autoform as af

CAUSE = "contextvars"
ARGS = (["owls", "cats", "dogs"],)
PREV = contextvars.ContextVar("prev", default="-")


def main(topics: list):
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": f"{t} after {PREV.get()[:8]}"}], model="m")
        PREV.set(r)
        out.append(r)
    return out, PREV.get()
