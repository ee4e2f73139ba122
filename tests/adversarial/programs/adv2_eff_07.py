"""next() of a module itertools.count numbers each prompt in a loop."""

import itertools

import autoform as af

CAUSE = 3
ARGS = (["a", "b", "c"],)
IDS = itertools.count(1)


def main(items: list[str]):
    out = []
    for x in items:
        out.append(af.lm_call([{"role": "user", "content": f"{next(IDS)} {x}"}], model="m"))
    return out
