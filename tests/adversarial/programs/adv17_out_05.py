"""A per-item list is printed with the reply, then items share the list through a dict of
lists keyed by first letter."""

import autoform as af

CAUSE = "shared sublists print"
ARGS = (["owls", "otters", "cats", "cows"],)


def main(items: list):
    groups = {}
    for t in items:
        g = groups.setdefault(t[0], [])
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        g.append(r)
        print(t[0], g)
    return groups
