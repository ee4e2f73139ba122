"""A helper building a message looks its role up in a table (KeyError for "critic"), after
a call and a print; the call after it is independent."""

import autoform as af

CAUSE = "deferred"
ARGS = ("owls",)
ROLES = {"asker": "user", "helper": "assistant"}


def msg(kind, x):
    return {"role": ROLES[kind], "content": x}


def main(topic: str):
    a = af.lm_call([msg("asker", "draft " + topic)], model="m")
    print("drafted")
    b = af.lm_call([msg("critic", a)], model="m")
    c = af.lm_call([msg("asker", "title for " + topic)], model="m")
    return [b, c]
