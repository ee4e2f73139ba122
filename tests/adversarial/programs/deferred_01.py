"""json.loads of a reply that is not JSON stands between two independent calls; the call
before it fails first."""

import json

import autoform as af

CAUSE = "deferred"
ARGS = ("cats",)
FAIL = {"first"}


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": "first " + topic}], model="m")
    b = af.lm_call([{"role": "user", "content": "second " + topic}], model="m")
    data = json.loads(b)
    c = af.lm_call([{"role": "user", "content": "third " + str(data)}], model="m")
    return [a, c]
