"""The inner body stores into a list by an index that grows with both loops."""

import autoform as af

CAUSE = "nesting"
ARGS = (["a", "b", "c"], ["x", "y"])


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(cs: list[str], qs: list[str]):
    out = [None] * (len(cs) * len(qs))
    k = 0
    for c in cs:
        for q in qs:
            out[k] = ask(c + q)
            k += 1
    return out, k
