"""An attribute read of a missing attribute, left of a call: AttributeError first."""

import types

import autoform as af

CAUSE = 5
ARGS = ()
FAIL = {"right"}


def main():
    cfg = types.SimpleNamespace(name="cfg")
    return cfg.title + af.lm_call([{"role": "user", "content": "right"}], model="m")
