"""A primitive receives a list that the function appends to right after the call."""

import autoform as af

CAUSE = "primitives"
ARGS = ("x",)


@af.primitive
def count(items: list) -> int:
    return len(items)


def main(q: str):
    items = [q]
    a = af.lm_call([{"role": "user", "content": q}], model="m")
    n = count(items)
    items.append(a)
    return [n, items]
