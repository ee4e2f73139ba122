"""An inner call fails for one pair; the outer rest printed before it."""

import autoform as af

CAUSE = "nesting"
ARGS = (["a", "b", "c"], ["x", "y"])


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


FAIL = ["b y"]


def main(cs: list[str], qs: list[str]):
    out = []
    for c in cs:
        print("outer", c)
        for q in qs:
            r = ask(c + " " + q)
            print("got", r)
            out.append(r)
    return out
