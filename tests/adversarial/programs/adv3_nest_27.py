"""The inner iterable is a dict keyed by the outer item, missing for one item."""

import autoform as af

CAUSE = "nesting"
ARGS = (["a", "b", "c"], ["x", "y"])


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(cs: list[str], qs: list[str]):
    table = {"a": qs, "c": qs[:1]}
    out = []
    for c in cs:
        print("row", c)
        for q in table[c]:
            out.append(ask(c + q))
    return out
