"""Nested fanned-out loops whose inner item raises StopAsyncIteration."""

import autoform as af

CAUSE = "errors"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def checked(q):
    r = ask(q)
    if "zz" in r:
        raise StopAsyncIteration("inner stop " + r[:8])
    return r


def main(topic: str):
    out = []
    for t in [topic, topic + "zz"]:
        head = ask(t)
        for k in ["1", "2"]:
            out.append(checked(head[:8] + k))
    return out
