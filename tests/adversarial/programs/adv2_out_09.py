"""A helper prints with end='' pieces of each reply in a fanned-out loop."""

import autoform as af

CAUSE = "output"
ARGS = (["a", "b", "c"],)


def show(label, r):
    print(label, end=": ")
    print(r, end=" | ")


def main(items: list[str]):
    out = []
    for x in items:
        r = af.lm_call([{"role": "user", "content": x}], model="m")
        show(x, r)
        out.append(r)
    print()
    return out
