"""A generator that prints as it yields feeds a loop whose second item fails."""

import autoform as af

CAUSE = 8
ARGS = (3,)
FAIL = {"item 1"}


def numbered(n):
    for i in range(n):
        print("yielding", i)
        yield f"item {i}"


def main(n: int):
    out = []
    for it in numbered(n):
        out.append(af.lm_call([{"role": "user", "content": it}], model="m"))
    return out
