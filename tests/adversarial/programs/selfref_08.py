"""A recursive helper with the base case first: compiled helpers call it as an unknown call."""

import autoform as af

CAUSE = 14
ARGS = (["a", "b", "c"],)


def chain(items):
    if not items:
        return ""
    head = af.lm_call([{"role": "user", "content": items[0]}], model="m")
    return head + chain(items[1:])


def main(items: list):
    return chain(items)
