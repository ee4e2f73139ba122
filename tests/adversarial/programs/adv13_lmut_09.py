"""Loop collecting replies; each reply also goes into a container with setattr(bag, 'n', bag.n + len(a)), and the
next item's prompt reads the container."""

import types

import autoform as af

CAUSE = "loop setattr"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    bag = types.SimpleNamespace(n=0)
    out = []
    for t in items:
        a = af.lm_call([{"role": "user", "content": f"{t} {bag.n}"}], model="m")
        setattr(bag, "n", bag.n + len(a))
        out.append(a)
    return out
