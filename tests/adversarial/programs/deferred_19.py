"""A formatting helper of a reply in the prompt of a call, and a message helper that
reads a key of a dict argument that may lack it: the first call fails before."""

import autoform as af

CAUSE = "deferred"
ARGS = ({"topic": "owls"},)
FAIL = {"warm"}


def user(x):
    return {"role": "user", "content": x}


def ask_about(opts):
    return user("tell me about " + opts["subject"])


def main(opts: dict):
    a = af.lm_call([user("warm up")], model="m")
    b = af.lm_call([ask_about(opts)], model="m")
    return [a, b]
