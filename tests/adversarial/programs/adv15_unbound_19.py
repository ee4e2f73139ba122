"""A sorted() key lambda in the loop reads an unbound name."""

import autoform as af

CAUSE = "9"
ARGS = (["owls", "cats"], False)


def main(items: list, ranked: bool):
    if ranked:
        rank = {"<": 0}
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append(sorted(r, key=lambda c: rank.get(c, 1)))
    return out
