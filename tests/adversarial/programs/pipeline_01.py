"""Replies parsed by json.loads in a collecting loop; one is not JSON, a later call fails."""

import json

import autoform as af

CAUSE = "pipeline"
ARGS = (["owl", "bat", "cat"],)
FAIL = ["cat"]


def main(topics: list[str]):
    parsed = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        parsed.append(json.loads(r))
    return parsed
