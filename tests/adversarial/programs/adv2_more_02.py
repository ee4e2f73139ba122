"""A json.loads whose result is never used still raises, after a print."""

import json

import autoform as af

CAUSE = "deferred"
ARGS = ("owls",)


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    print("checking")
    json.loads(a)
    b = af.lm_call([{"role": "user", "content": "after"}], model="m")
    return b
