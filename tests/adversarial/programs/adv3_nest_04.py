"""An iterator shared between outer items, each taking one pair from it by zip."""

import autoform as af

CAUSE = "nesting"
ARGS = (["a", "b", "c"], ["x", "y"])


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(cs: list[str], qs: list[str]):
    it = iter(qs * 3)
    out = []
    for c in cs:
        for q, _ in zip(it, range(2), strict=False):
            out.append(ask(c + q))
    return out
