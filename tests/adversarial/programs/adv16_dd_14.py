"""A defaultdict made inside a closure (a function parameter's __closure__ cell): main
calls the given accessor to get the table, then reads reply keys in the loop."""

import collections

import autoform as af

CAUSE = "defaultdict behind closure argument"


def make_store():
    table = collections.defaultdict(int)

    def get():
        return table

    return get


ARGS = (["owls", "cats", "dogs"], make_store())


def main(items: list, store):
    table = store()
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} / {len(table)}"}], model="m")
        out.append(table[r])
    return out
