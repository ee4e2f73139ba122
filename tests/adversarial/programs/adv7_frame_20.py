"""main records its own name and line through sys._getframe(0)."""

import sys

import autoform as af

CAUSE = "frames"
ARGS = ("owls",)
LOG = []


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    a = ask(topic)
    f = sys._getframe(0)
    LOG.append((f.f_code.co_name, f.f_lineno - main.__code__.co_firstlineno))
    b = ask(a[:5])
    return [a, b]
