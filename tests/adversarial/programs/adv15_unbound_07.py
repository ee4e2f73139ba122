"""A walrus in a condition that short-circuits leaves the name unbound."""

import autoform as af

CAUSE = "9"
ARGS = (["owls", "cats"], {})


def main(items: list, opts: dict):
    if opts and (tag := opts.get("tag")):
        print("tag", tag)
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(f"{tag}:{r}")
    return out
