"""A helper raises asyncio.CancelledError itself (with a message), beside another call;
the sequential run lets it out as it is."""

import asyncio

import autoform as af

CAUSE = "errors"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def refuse(q):
    r = ask(q)
    if r.startswith("<m:owl"):
        raise asyncio.CancelledError("user gave up on " + r[:6])
    return r


def main(topic: str):
    a = ask(topic)
    b = ask(topic + "s")
    c = refuse(a)
    return [a, b, c]
