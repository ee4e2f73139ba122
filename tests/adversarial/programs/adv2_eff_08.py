"""random.choice of the module RNG (seeded at import) in each item's prompt."""

import random

import autoform as af

CAUSE = 3
ARGS = (["a", "b", "c", "d"],)
RNG = random.Random(0)
STYLES = ["short", "long", "formal", "casual"]


def main(items: list[str]):
    out = []
    for x in items:
        style = RNG.choice(STYLES)
        out.append(af.lm_call([{"role": "user", "content": f"{x} ({style})"}], model="m"))
    return out
