"""setdefault grouping by reply length; failure in json.loads after the loop."""

import json

import autoform as af

CAUSE = "setdefault then json failure"
ARGS = (["owls", "cats", "doggo"],)


def main(items: list):
    groups = {}
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        groups.setdefault(len(r), []).append(r)
    print(groups)
    return json.loads(groups[len("<m:owls>")][0])
