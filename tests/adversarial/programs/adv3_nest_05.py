"""`break` in the inner loop after a call, on a reply's content."""

import autoform as af

CAUSE = "nesting"
ARGS = (["a", "b", "c"], ["x", "y"])


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(cs: list[str], qs: list[str]):
    out = []
    for c in cs:
        for q in qs:
            r = ask(c + q)
            out.append(r)
            if "x" in r:
                break
    return out
