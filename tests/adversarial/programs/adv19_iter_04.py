"""Loop target is a dict item; prompt reads it; dict printed after."""

import autoform as af

CAUSE = "subscript loop target"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    ctx = {}
    out = []
    for ctx["t"] in items:
        out.append(af.lm_call([{"role": "user", "content": ctx["t"]}], model="m"))
    return out, ctx
