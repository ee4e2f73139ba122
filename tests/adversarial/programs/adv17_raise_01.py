"""Replies are split on a separator given by the caller; an empty separator makes str.split
raise ValueError on the first item, which main reports, returning what it has."""

import autoform as af

CAUSE = "str.split empty separator"
ARGS = (["owls", "cats", "dogs"], "")


def main(items: list, sep: str):
    out = []
    try:
        for t in items:
            r = af.lm_call([{"role": "user", "content": t}], model="m")
            out.append(r.split(sep))
    except ValueError as e:
        print("bad separator:", e)
    return out
