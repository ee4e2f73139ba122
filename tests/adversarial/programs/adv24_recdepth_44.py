"""A primitive walks a deeply nested list recursively."""

import autoform as af

CAUSE = "recursion headroom differs on another thread"
ARGS = ("owls", 975)


def walk(x):
    if isinstance(x, list):
        return 1 + walk(x[0]) if x else 1
    return 0


@af.primitive
def depth(text, n):
    nest = []
    for _ in range(n):
        nest = [nest]
    try:
        return text + str(walk(nest))
    except RecursionError:
        return text + "too deep"


def main(a, n):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    return depth(ra, n)
