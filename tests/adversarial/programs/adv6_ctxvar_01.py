"""Each item of a loop sets a context variable through a helper; the function reads it
after the loop (the sequential loop leaves the last item's value)."""

import contextvars

import autoform as af

CAUSE = "contextvars"
ARGS = ("owls",)
LAST = contextvars.ContextVar("last", default="none")


def remember(v):
    LAST.set(v)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    out = []
    for w in [topic, topic + "s", topic + "es"]:
        r = ask(w)
        remember(r)
        out.append(r)
    return out, LAST.get()
