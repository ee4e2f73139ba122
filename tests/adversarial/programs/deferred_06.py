"""A message-building helper in a call's arguments, on a reply; a later independent call
fails: the earlier call is made, and the failure is the later call's."""

import autoform as af

CAUSE = "deferred"
ARGS = ("owls",)
FAIL = {"summary"}


def user(x):
    return {"role": "user", "content": x}


def main(topic: str):
    a = af.lm_call([user("draft " + topic)], model="m")
    b = af.lm_call([user("critique " + a)], model="m")
    c = af.lm_call([user("summary " + topic)], model="m")
    return [b, c]
