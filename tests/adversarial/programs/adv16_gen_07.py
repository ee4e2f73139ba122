"""enumerate with start over a filter whose predicate prints; the loop asks per kept
item and stops after the second."""

import autoform as af

CAUSE = "filter effectful predicate"
ARGS = (["owls", "x", "cats", "dogs", "y", "bees"],)


def keep(t):
    print("check", t)
    return len(t) > 1


def main(items: list):
    out = []
    for i, t in enumerate(filter(keep, items), start=1):
        out.append(af.lm_call([{"role": "user", "content": f"{i}. {t}"}], model="m"))
        if i == 2:
            break
    return out
