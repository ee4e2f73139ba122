"""A list shared between a dataclass default and the function: appended after a call."""

from dataclasses import dataclass, field

import autoform as af

CAUSE = "pipeline"
ARGS = ("owl",)
SHARED = []


@dataclass
class Ctx:
    history: list = field(default_factory=lambda: SHARED)


def ask(ctx, q):
    return af.lm_call(ctx.history + [{"role": "user", "content": q}], model="m")  # noqa: RUF005


def main(topic: str):
    ctx = Ctx()
    a = ask(ctx, topic)
    SHARED.append({"role": "system", "content": "be brief"})
    b = ask(ctx, topic + "2")
    return [a, b]
