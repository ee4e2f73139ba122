"""dict.popitem on a shared dict after each call."""

import autoform as af

CAUSE = "popitem order dependence"
ARGS = (["owls", "cats", "dogs", "emus"],)
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")



def main(items):
    d = {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}
    out = []
    for x in items:
        r = ask(x)
        out.append((d.popitem(), r))
    return out
