"""StopIteration raised inside genexp items taken by tuple(), outside try."""

import autoform as af

CAUSE = "StopIteration genexp tuple"
ARGS = (["owls", "cats", "dogs"],)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items):
    it = iter(items)
    out = tuple(ask(next(it)) for _ in range(5))
    return out, list(it)
