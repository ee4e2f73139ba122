"""A `dict` parameter of str values; a helper replaces one value by an object whose
__str__ reads module state that changes between calls; the loop formats the values."""

import autoform as af

CAUSE = "dict values replaced after entry"
ARGS = ({"a": "owls", "b": "cats", "c": "dogs"},)
STATE = {"n": 0}


class Live:
    def __str__(self):
        return f"live{STATE['n']}"


def patch(d):
    d["b"] = Live()


def main(table: dict[str, str]):
    patch(table)
    out = []
    for k in sorted(table):
        STATE["n"] += 1
        out.append(af.lm_call([{"role": "user", "content": f"{k}={table[k]}"}], model="m"))
    return out
