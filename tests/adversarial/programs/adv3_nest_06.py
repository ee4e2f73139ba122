"""Output at both levels through print(..., end='')."""

import autoform as af

CAUSE = "nesting"
ARGS = (["a", "b", "c"], ["x", "y"])


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(cs: list[str], qs: list[str]):
    out = []
    for c in cs:
        print("[", c, end="")
        for q in qs:
            r = ask(c + q)
            print(" " + r, end="")
            out.append(r)
    print()
    return out
