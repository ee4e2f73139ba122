"""A helper holds a loop-running method of a module-level object in a module-level dict."""

import asyncio

import autoform as af

CAUSE = "event loop"
ARGS = ("owls",)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


async def _fetch(w):
    await asyncio.sleep(0)
    return "data of " + w[:5]


class Service:
    def fetch(self, w):
        return asyncio.run(_fetch(w))


_SVC = Service()
_ROUTES = {"fetch": _SVC.fetch}


def route(kind, w):
    return _ROUTES[kind](w)


def main(topic: str):
    a = ask(topic)
    b = ask(route("fetch", a))
    return [a, b]
