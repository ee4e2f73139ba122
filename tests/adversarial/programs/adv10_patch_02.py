"""A helper's view of `af` is replaced through its `__globals__` for one call."""

from types import SimpleNamespace

import autoform as af

CAUSE = "patch"
ARGS = ("owls",)


def canned(messages, model=None, **kw):
    return "canned " + messages[-1]["content"][:6]


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    a = ask(topic)
    real = ask.__globals__["af"]
    ask.__globals__["af"] = SimpleNamespace(lm_call=canned)
    try:
        b = ask(a[:8])
    finally:
        ask.__globals__["af"] = real
    c = ask(topic + "s")
    return [a, b, c]
