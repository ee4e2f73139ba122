"""A helper reads the source line it is called from (inspect.stack()[1].code_context)."""

import inspect

import autoform as af

CAUSE = "frames"
ARGS = ("owls",)
LOG = []


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def debug(x):
    ctx = inspect.stack()[1].code_context
    LOG.append(ctx[0].strip() if ctx else None)
    return x


def main(topic: str):
    a = ask(topic)
    b = ask(debug(a)[:6])
    return [a, b]
