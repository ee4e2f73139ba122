"""The outer items come from a generator that prints as it yields."""

import autoform as af

CAUSE = "nesting"
ARGS = (["a", "b", "c"], ["x", "y"])


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(cs: list[str], qs: list[str]):
    def rows():
        for c in cs:
            print("yield", c)
            yield c

    out = []
    for c in rows():
        for q in qs:
            print("inner", c, q)
            out.append(ask(c + q))
    return out
