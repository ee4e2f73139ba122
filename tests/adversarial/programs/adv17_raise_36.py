"""A reply thread nested deeper than the recursion limit is built in main and rendered with
str() for the second prompt (RecursionError); the first call fails first in the sequential
run."""

import autoform as af

CAUSE = "str of nested list built in main"
ARGS = ("owls", "cats", 5000)
FAIL = ["owls"]


def main(a: str, b: str, depth: int):
    thread = []
    for _ in range(depth):
        thread = [thread]
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    shape = str(thread)
    rb = af.lm_call([{"role": "user", "content": b + shape[:8]}], model="m")
    return ra, rb
