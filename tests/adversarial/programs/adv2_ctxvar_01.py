"""A ContextVar set in a fanned-out loop's body: read after the loop, it holds the last item."""

import contextvars

import autoform as af

CAUSE = 9
ARGS = (["a", "b", "c"],)
CURRENT = contextvars.ContextVar("current", default="none")


def main(items: list[str]):
    out = []
    for x in items:
        CURRENT.set(x)
        out.append(af.lm_call([{"role": "user", "content": x}], model="m"))
    return [out, CURRENT.get()]
