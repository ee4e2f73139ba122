"""A helper prints then fails on a dict lookup; before it a call fails: neither the print
nor the KeyError."""

import autoform as af

CAUSE = "deferred"
ARGS = ("owls",)
FAIL = {"boom"}
LIMITS = {"short": 10}


def limit_for(kind):
    print("looking up", kind)
    return LIMITS[kind]


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": "boom " + topic}], model="m")
    n = limit_for("long")
    b = af.lm_call([{"role": "user", "content": topic[:n]}], model="m")
    return [a, b]
