"""A helper returns its argument: the caller's alias mutates the messages of a later call."""

import autoform as af

CAUSE = 2
ARGS = ("wolves",)


def same(x):
    return x


def main(topic: str):
    msgs = [{"role": "user", "content": topic}]
    a = af.lm_call(msgs, model="m")
    alias = same(msgs)
    alias.append({"role": "user", "content": "more please"})
    b = af.lm_call(msgs, model="m")
    return [a, b]
