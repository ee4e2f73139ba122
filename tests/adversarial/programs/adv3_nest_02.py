"""The inner loop runs over a dict the outer rest adds a key to."""

import autoform as af

CAUSE = "nesting"
ARGS = (["a", "b", "c"], ["x", "y"])


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(cs: list[str], qs: list[str]):
    seen = {"start": 0}
    out = []
    for c in cs:
        seen[c] = len(seen)
        for k in seen:
            out.append(ask(f"{c}/{k}"))
    return out, seen
