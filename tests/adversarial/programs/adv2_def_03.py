"""A message-building helper looks up a template that is missing; the call before it fails."""

import autoform as af

CAUSE = "deferred"
ARGS = ("owls",)
FAIL = {"boom"}
TEMPLATES = {"greet": "Hello {}"}


def build(kind, t):
    return TEMPLATES[kind].format(t)


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": "boom " + topic}], model="m")
    msg = build("missing", topic)
    b = af.lm_call([{"role": "user", "content": msg}], model="m")
    return [a, b]
