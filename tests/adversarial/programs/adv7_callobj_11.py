"""A proxy forwards attribute reads to a target with `__getattr__` and logs calls."""

import autoform as af

CAUSE = "introspection"
ARGS = ("owls",)
LOG = []


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


class Proxy:
    def __init__(self, target):
        self._target = target

    def __getattr__(self, name):
        LOG.append("get " + name)
        return getattr(self._target, name)

    def __call__(self, *args):
        LOG.append("call")
        return self._target(*args)


proxied = Proxy(ask)


def main(q: str):
    a = proxied(q)
    b = proxied(q + "s")
    return [a, b]
