"""A message dict built by a helper from a reply is sent, then changed in place and
sent again."""

import autoform as af

CAUSE = "deferred"
ARGS = ("owls",)


def user(x):
    return {"role": "user", "content": x}


def main(topic: str):
    a = af.lm_call([user("facts " + topic)], model="m")
    b = af.lm_call([user("jokes " + topic)], model="m")
    m = user(a)
    c = af.lm_call([m], model="m")
    m["content"] += " " + b
    d = af.lm_call([m], model="m")
    return [c, d, m]
