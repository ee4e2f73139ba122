"""`getattr(obj, name, ask(...))`: the default is evaluated eagerly."""

import types

import autoform as af

CAUSE = 6
ARGS = ()


def main():
    obj = types.SimpleNamespace(title="present")
    return getattr(obj, "title", af.lm_call([{"role": "user", "content": "fallback"}], model="m"))
