"""try/finally: the finally prints len() of a value bound in the try; a failing call in the
try, and a step that raises stands after it."""

import json

import autoform as af

CAUSE = "deferred"
ARGS = ("owls",)
FAIL = {"boom"}


def main(topic: str):
    seen = []
    try:
        a = af.lm_call([{"role": "user", "content": "fine " + topic}], model="m")
        seen.append(a)
        b = af.lm_call([{"role": "user", "content": "boom " + topic}], model="m")
        seen.append(json.loads(a))
        return b
    finally:
        print("seen", len(seen))
