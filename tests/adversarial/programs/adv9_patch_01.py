"""setattr(af, "lm_call", ...) inside main swaps the primitive for a canned answer, then
restores it."""

import autoform as af

CAUSE = "patch"
ARGS = ("owls",)


def canned(messages, model=None, **kw):
    return "canned " + messages[-1]["content"][:6]


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    a = ask(topic)
    real = af.lm_call
    setattr(af, "lm_call", canned)  # noqa: B010
    try:
        b = ask(a[:8])
    finally:
        setattr(af, "lm_call", real)  # noqa: B010
    c = ask(topic + "s")
    return [a, b, c]
