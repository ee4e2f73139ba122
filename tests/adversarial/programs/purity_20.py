"""In a loop, each reply goes through a helper with a mutable default accumulator."""

import autoform as af

CAUSE = "pure-helper"
ARGS = (["a", "b", "c", "d"],)


def record(x, acc=[]):  # noqa: B006
    acc.append(x)
    return len(acc)


def main(items: list):
    out = []
    for it in items:
        out.append(record(af.lm_call([{"role": "user", "content": it}], model="m")))
    return out
