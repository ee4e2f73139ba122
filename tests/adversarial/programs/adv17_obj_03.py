"""A helper with a mutable default argument accumulates every reply it sees across calls;
its length goes into the next prompt."""

import autoform as af

CAUSE = "mutable default arg"
ARGS = (["owls", "cats", "dogs"],)


def remember(r, seen=[]):
    seen.append(r)
    return len(seen)


def main(items: list):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append((r, remember(r)))
    return out
