"""In a loop, each reply goes through a helper that writes a global via globals()."""

import autoform as af

CAUSE = "pure-helper"
ARGS = (["a", "b", "c", "d"],)

LAST = None


def record(x):
    globals()["LAST"] = x
    return x


def main(items: list):
    out = []
    for it in items:
        out.append(record(af.lm_call([{"role": "user", "content": it}], model="m")))
    return out
