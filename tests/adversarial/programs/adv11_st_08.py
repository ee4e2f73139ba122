"""Labels handed out from a shared iterator over a list, after each reply."""

import autoform as af

CAUSE = "ordering"
ARGS = (["owls", "cats", "dogs"],)


def main(topics: list):
    labels = iter(["A", "B", "C"])
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append((next(labels), r))
    return out
