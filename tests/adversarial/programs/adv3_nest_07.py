"""A `__format__` that raises for one item, in the inner loop's f-string."""

import autoform as af

CAUSE = "nesting"
ARGS = (["a", "b", "c"], ["x", "y"])


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


class Tag:
    def __init__(self, s):
        self.s = s

    def __format__(self, spec):
        if self.s == "y":
            raise ValueError("no format for y")
        return self.s


def main(cs: list[str], qs: list[str]):
    tags = [Tag(q) for q in qs]
    out = []
    for c in cs:
        for t in tags:
            out.append(ask(f"{c} {t}"))
    return out
