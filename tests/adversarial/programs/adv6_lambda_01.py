"""A lambda stored in a class (a staticmethod and a plain class attribute called through
an instance) runs asyncio.run."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


async def _fetch(w):
    await asyncio.sleep(0)
    return "lam " + w[:5]


class Prep:
    clean = staticmethod(lambda w: asyncio.run(_fetch(w)))
    shout = lambda self, w: asyncio.run(_fetch(w.upper()))  # noqa: E731


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    p = Prep()
    a = ask(topic)
    b = ask(Prep.clean(a))
    c = ask(p.shout(topic))
    return [a, b, c]
