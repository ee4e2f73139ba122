"""The list a loop fills is made by a helper that registers it globally."""

import autoform as af

CAUSE = 2
ARGS = (["a", "b-FAIL", "c"],)
FAIL = {"FAIL"}
REGISTRY = []


def new_list():
    lst = []
    REGISTRY.append(lst)
    return lst


def main(items: list):
    out = new_list()
    for it in items:
        out.append(af.lm_call([{"role": "user", "content": it}], model="m"))
    return out
