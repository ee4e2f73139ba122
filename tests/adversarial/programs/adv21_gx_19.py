"""Genexp over zip(it, it) of one shared iterator."""

import autoform as af

CAUSE = "zip shared iterator"
ARGS = (["a", "b", "c", "d", "e"],)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items):
    it = iter(items)
    out = sorted(ask(x + y) for x, y in zip(it, it))
    return out, list(it)
