"""A helper reads its caller's module name and qualified name from the caller's frame."""

import inspect

import autoform as af

CAUSE = "frames"
ARGS = ("owls",)
LOG = []


def ask(q):
    caller = inspect.currentframe().f_back
    LOG.append((caller.f_globals["__name__"] == __name__, caller.f_code.co_qualname))
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    a = ask(topic)
    b = ask(a[:8])
    return [a, b]
