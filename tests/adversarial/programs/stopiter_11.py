"""next() in a list comprehension, caught around it: empty groups give an empty answer."""

import autoform as af

CAUSE = "stop-iteration"
ARGS = ([["a"], []],)


def main(groups: list):
    a = af.lm_call([{"role": "user", "content": "start"}], model="m")
    try:
        heads = [next(iter(g)) for g in groups]
    except StopIteration:
        heads = []
    return [a, heads]
