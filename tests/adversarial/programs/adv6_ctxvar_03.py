"""Items of a fanned-out loop set a context variable inside the LM-calling helper itself
(each item its own), and the function reads it after the loop."""

import contextvars

import autoform as af

CAUSE = "contextvars"
ARGS = ("owls",)
SEEN = contextvars.ContextVar("seen", default=0)


def ask(q):
    SEEN.set(SEEN.get() + 1)
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    out = [ask(w) for w in [topic, topic + "s", topic + "es"]]
    return out, SEEN.get()
