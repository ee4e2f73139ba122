"""json.loads of each reply inside a try per item; the error message includes position."""

import json

import autoform as af

CAUSE = "json error per item"
ARGS = (["owls", "cats"],)


def main(items: list):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        try:
            out.append(json.loads(r))
        except json.JSONDecodeError as e:
            out.append(f"{e.msg}@{e.pos}")
    return out
