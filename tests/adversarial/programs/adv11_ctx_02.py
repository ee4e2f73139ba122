"""A helper records the current step in a ContextVar after its call; main reads it at the end
(two independent steps)."""

import contextvars

import autoform as af

CAUSE = "contextvars"
ARGS = ("owls",)
STEP = contextvars.ContextVar("step", default="none")


def step(name, q):
    r = af.lm_call([{"role": "user", "content": q}], model="m")
    STEP.set(name)
    return r


def main(topic: str):
    a = step("summary", topic)
    b = step("critique", topic + "s")
    return [a, b, STEP.get()]
