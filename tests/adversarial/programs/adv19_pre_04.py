"""LM failure of item 1 and a pre-call failure of item 2: the LM failure comes first."""

import autoform as af

CAUSE = "LM failure before pre-call failure"
ARGS = (["owls", "cats", None, "dogs"],)
FAIL = ["cats"]


def main(items: list):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": "about " + t}], model="m")
        out.append(r)
    return out
