"""In a loop, each reply goes through a helper that appends via list.append(LOG, x)."""

import autoform as af

CAUSE = "pure-helper"
ARGS = (["a", "b", "c", "d"],)

LOG = []


def record(x):
    list.append(LOG, x)
    return x


def main(items: list):
    out = []
    for it in items:
        out.append(record(af.lm_call([{"role": "user", "content": it}], model="m")))
    return out
