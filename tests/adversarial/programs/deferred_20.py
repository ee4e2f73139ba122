"""json.loads of the tail of a reply that is JSON (the prompt echoed): a key is read, both
chains go on, and a print sits between."""

import json

import autoform as af

CAUSE = "deferred"
ARGS = ("owls",)


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": json.dumps({"k": topic})}], model="m")
    b = af.lm_call([{"role": "user", "content": "other " + topic}], model="m")
    data = json.loads(a[3:-1])
    print("parsed", data)
    c = af.lm_call([{"role": "user", "content": "about " + data["k"]}], model="m")
    d = af.lm_call([{"role": "user", "content": "more " + b}], model="m")
    return [c, d]
