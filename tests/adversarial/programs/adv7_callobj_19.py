"""A functools.partial of a callable object whose `__getattr__` logs."""

import functools

import autoform as af

CAUSE = "introspection"
ARGS = ("owls",)
LOG = []


class Tool:
    def __getattr__(self, name):
        LOG.append(name)
        raise AttributeError(name)

    def __call__(self, q, style):
        return af.lm_call([{"role": "user", "content": style + q}], model="m")


terse = functools.partial(Tool(), style="terse: ")


def main(q: str):
    a = terse(q)
    b = terse(a[:6])
    return [a, b]
