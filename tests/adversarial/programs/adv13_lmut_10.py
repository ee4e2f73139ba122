"""Loop collecting replies; each reply also goes into a container with vars(bag).update({t: a}), and the
next item's prompt reads the container."""

import types

import autoform as af

CAUSE = "loop vars update"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    bag = types.SimpleNamespace()
    out = []
    for t in items:
        a = af.lm_call([{"role": "user", "content": f"{t} {len(vars(bag))}"}], model="m")
        vars(bag).update({t: a})
        out.append(a)
    return out
