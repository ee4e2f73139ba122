"""enumerate outside, a slice by the index inside."""

import autoform as af

CAUSE = "nesting"
ARGS = (["a", "b", "c"], ["x", "y"])


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(cs: list[str], qs: list[str]):
    out = []
    for i, c in enumerate(cs):
        for q in (qs * 2)[i:]:
            out.append(ask(c + q))
    return out, i
