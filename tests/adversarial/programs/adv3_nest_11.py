"""The outer items come from a generator that reads the list the inner loop appends to."""

import autoform as af

CAUSE = "nesting"
ARGS = (["a", "b", "c"], ["x", "y"])


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(cs: list[str], qs: list[str]):
    out = []

    def rows():
        for c in cs:
            yield f"{c}{len(out)}"

    for c in rows():
        for q in qs:
            out.append(ask(c + q))
    return out
