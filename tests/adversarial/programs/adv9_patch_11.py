"""A monkeypatch-like helper swaps the primitive around one call that does not depend on the
call before it."""

import autoform as af

CAUSE = "patch"
ARGS = ("owls",)


def swap(obj, name, new):
    old = getattr(obj, name)
    setattr(obj, name, new)
    return old


def canned(messages, model=None, **kw):
    return "canned " + messages[-1]["content"][:6]


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    a = ask(topic)
    old = swap(af, "lm_call", canned)
    b = ask(topic + "s")
    swap(af, "lm_call", old)
    c = ask(topic + "es")
    return [a, b, c]
