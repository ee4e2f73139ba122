"""The outer rest rebinds a name the inner iterable's helper reads (a global)."""

import autoform as af

CAUSE = "nesting"
ARGS = (["a", "b", "c"], ["x", "y"])


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


WIDTH = 1


def pick(qs):
    return qs[:WIDTH]


def main(cs: list[str], qs: list[str]):
    global WIDTH
    out = []
    for c in cs:
        WIDTH = len(out) % 3 + 1
        for q in pick(qs):
            out.append(ask(c + q))
    return out
