"""An attribute of a module object is assigned a reply (an effect)."""

import types

import autoform as af

CAUSE = "syntax"
ARGS = ("owl",)
FAIL = {"second"}
STORE = types.SimpleNamespace(first=None, second=None)
SNAP = []


def main(topic: str):
    STORE.first = af.lm_call([{"role": "user", "content": topic}], model="m")
    SNAP.append(repr(vars(STORE)))
    STORE.second = af.lm_call([{"role": "user", "content": "second"}], model="m")
    return STORE
