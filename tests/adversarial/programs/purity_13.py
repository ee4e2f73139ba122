"""A helper updates an object's __dict__ through vars(); the call before it fails."""

import types

import autoform as af

CAUSE = "pure-helper"
ARGS = ("q",)
FAIL = {"first"}

OBJ = types.SimpleNamespace(seen=None)
SEEN = []


def mark(x):
    vars(OBJ).update(seen=x)
    SEEN.append(OBJ.seen)
    return 1


def main(q: str):
    a = af.lm_call([{"role": "user", "content": "first " + q}], model="m")
    n = mark(q)
    return a + str(n)
