"""print of a mutable list that is changed right after, in a fanned loop."""

import autoform as af

CAUSE = "print list then mutate"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    seen = []
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        print("seen", seen)
        seen.append(t)
        out.append(r)
    return out
