"""An item of a fanned-out loop raises StopAsyncIteration (a plain exception to the
sequential function)."""

import autoform as af

CAUSE = "errors"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def checked(q):
    r = ask(q)
    if "s" in r[3:]:
        raise StopAsyncIteration("no more for " + r[:8])
    return r


def main(topic: str):
    out = []
    for w in ["a", topic, "b"]:
        out.append(checked(w))
    return out
