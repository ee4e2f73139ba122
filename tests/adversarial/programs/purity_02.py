"""A helper bumps a module object's attribute with setattr; the call before it fails."""

import types

import autoform as af

CAUSE = "pure-helper"
ARGS = ("q",)
FAIL = {"first"}

OBJ = types.SimpleNamespace(n=0)
COUNT = []


def bump(x):
    setattr(OBJ, "n", OBJ.n + 1)  # noqa: B010
    COUNT.append(OBJ.n)
    return OBJ.n


def main(q: str):
    a = af.lm_call([{"role": "user", "content": "first " + q}], model="m")
    n = bump(q)
    return a + str(n)
