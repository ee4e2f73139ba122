"""A counter bumped in the inner body names each prompt."""

import autoform as af

CAUSE = "nesting"
ARGS = (["a", "b", "c"], ["x", "y"])


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(cs: list[str], qs: list[str]):
    n = 0
    out = []
    for c in cs:
        for q in qs:
            n += 1
            out.append(ask(f"{n}:{c}{q}"))
    return out, n
