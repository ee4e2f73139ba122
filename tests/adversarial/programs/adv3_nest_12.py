"""The inner iterable is a generator reading the list the inner body appends to."""

import autoform as af

CAUSE = "nesting"
ARGS = (["a", "b", "c"], ["x", "y"])


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(cs: list[str], qs: list[str]):
    out = []

    def cols():
        for q in qs:
            yield f"{q}{len(out)}"

    for c in cs:
        for q in cols():
            out.append(ask(c + q))
    return out
