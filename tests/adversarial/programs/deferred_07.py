"""A message-building helper called with one argument too many raises TypeError; the call
before it fails first."""

import autoform as af

CAUSE = "deferred"
ARGS = ("owls",)
FAIL = {"draft"}


def user(x):
    return {"role": "user", "content": x}


def main(topic: str):
    a = af.lm_call([user("draft " + topic)], model="m")
    b = af.lm_call([user("facts", topic)], model="m")
    return [a, b]
