"""Helper keywords named like the runtime's own parameters (`args`, `kwargs`, `coro`)."""

import autoform as af

CAUSE = 14
ARGS = ("t",)


def ask(q, *, args="a", kwargs="k", coro="c"):
    return af.lm_call([{"role": "user", "content": q + args + kwargs + coro}], model="m")


def main(topic: str):
    return [ask(topic), ask(topic, args="A", kwargs="K", coro="C")]
