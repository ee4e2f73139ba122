"""A monkeypatch-like helper swaps any module attribute and gives back the old one."""

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
    b = ask(a[:8])
    swap(af, "lm_call", old)
    c = ask(topic + "s")
    return [a, b, c]
