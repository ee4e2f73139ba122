"""Two calls per item; the style of the second is drawn from the global random generator
after the first reply."""

import random

import autoform as af

CAUSE = "ordering"
ARGS = (["owls", "cats", "dogs"],)


def main(topics: list):
    random.seed(3)
    out = []
    for t in topics:
        a = af.lm_call([{"role": "user", "content": t}], model="m")
        style = random.choice(["terse", "warm", "formal", "funny"])
        out.append(af.lm_call([{"role": "user", "content": f"{style}: {a}"}], model="m"))
    return out
