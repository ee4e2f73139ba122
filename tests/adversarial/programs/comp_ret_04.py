"""A returned comprehension over a generator that prints and then fails after two items."""

import autoform as af

CAUSE = "comprehension"
ARGS = (["owl", "bat", "cat"],)
FAIL = ["bat"]


def items(topics):
    for t in topics:
        print("yield", t)
        yield t
    raise KeyError("exhausted")


def main(topics: list[str]):
    return [af.lm_call([{"role": "user", "content": t}], model="m") for t in items(topics)]
