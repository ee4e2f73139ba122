"""A helper reads the source line calling it (inspect.getframeinfo of its caller's frame)."""

import inspect
import sys

import autoform as af

CAUSE = "frames"
ARGS = ("owls",)
LOG = []


def ask(q):
    info = inspect.getframeinfo(sys._getframe(1))
    LOG.append((info.function, [ln.strip() for ln in info.code_context or []]))
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(topic: str):
    a = ask(topic)
    b = ask(
        a[:8],
    )
    return [a, b]
