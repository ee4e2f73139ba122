"""A set grows in the inner body; its size names each prompt."""

import autoform as af

CAUSE = "nesting"
ARGS = (["a", "b", "c"], ["x", "y"])


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(cs: list[str], qs: list[str]):
    seen = set()
    out = []
    for c in cs:
        for q in qs:
            seen.add(q + c[:0])
            out.append(ask(f"{len(seen)}:{c}{q}"))
    return out
