"""A name bound in a try body after a statement that raised; the loop reads it."""

import json

import autoform as af

CAUSE = "9"
ARGS = (["owls", "cats"], "{bad json")


def main(items: list, raw: str):
    try:
        cfg = json.loads(raw)
        suffix = cfg.get("suffix", "")
    except json.JSONDecodeError:
        print("no config")
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        print("reply", r)
        out.append(r + suffix)
    return out
