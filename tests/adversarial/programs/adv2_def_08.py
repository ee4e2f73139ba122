"""After a fanned-out loop whose second item fails, json.loads of the first reply (not JSON)."""

import json

import autoform as af

CAUSE = "deferred"
ARGS = (["one", "boom", "three"],)
FAIL = {"boom"}


def main(items: list[str]):
    results = []
    for x in items:
        results.append(af.lm_call([{"role": "user", "content": x}], model="m"))
    head = json.loads(results[0])
    return head
