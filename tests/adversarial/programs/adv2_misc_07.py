"""A dict comprehension of replies keyed by item, with a duplicate key: the later reply wins."""

import autoform as af

CAUSE = "comp"
ARGS = (["a", "b", "a"],)
N = [0]


def ask(x):
    N[0] += 1
    return af.lm_call([{"role": "user", "content": f"{x}{N[0]}"}], model="m")


def main(items: list[str]):
    return {x: ask(x) for x in items}
