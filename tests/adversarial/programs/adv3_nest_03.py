"""One generator shared by every outer item: the first item exhausts it."""

import autoform as af

CAUSE = "nesting"
ARGS = (["a", "b", "c"], ["x", "y"])


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(cs: list[str], qs: list[str]):
    g = (q.upper() for q in qs)
    out = []
    for c in cs:
        for q in g:
            out.append(ask(c + q))
    return out
