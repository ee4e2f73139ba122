"""The loop target is an attribute of an object."""

import types

import autoform as af

CAUSE = 9
ARGS = (["p", "q"],)


def main(items: list):
    state = types.SimpleNamespace(cur=None)
    out = []
    for state.cur in items:
        out.append(af.lm_call([{"role": "user", "content": state.cur}], model="m"))
    return [out, state.cur]
