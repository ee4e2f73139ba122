"""setdefault(...).append in the inner loop, grouped by the outer item."""

import autoform as af

CAUSE = "nesting"
ARGS = (["ab", "ac", "b"], ["x", "y"])


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(cs: list[str], qs: list[str]):
    groups = {}
    for c in cs:
        for q in qs:
            groups.setdefault(c[0], []).append(ask(c + q))
    return groups
