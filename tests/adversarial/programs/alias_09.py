"""A shallow copy shares the inner dicts: editing one edits what the other sends."""

import copy

import autoform as af

CAUSE = "alias"
ARGS = ("eels",)


def main(topic: str):
    msgs = [{"role": "user", "content": topic}]
    backup = copy.copy(msgs)
    a = af.lm_call(msgs, model="m")
    backup[0]["content"] = "edited " + a
    b = af.lm_call(msgs, model="m")
    return [a, b]
