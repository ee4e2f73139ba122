"""The body skips the next item by calling next() on the iterator the loop runs over."""

import autoform as af

CAUSE = "body advances loop iterator"
ARGS = (["owls", "skip", "cats", "dogs", "emus"],)


def main(items: list):
    it = iter(items)
    out = []
    for t in it:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        if "skip" in r:
            next(it, None)
        out.append(r)
    return out
