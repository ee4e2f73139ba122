"""A name bound only in a branch taken on the reply: reading it after raises
UnboundLocalError in some items; caught per item."""

import autoform as af

CAUSE = "unbound on one branch"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        if "o" in r:
            tag = r.upper()
        try:
            out.append(tag)
        except UnboundLocalError as exc:
            out.append(type(exc).__name__)
    return out
