"""The inner loop reads a reply of the outer rest's call."""

import autoform as af

CAUSE = "nesting"
ARGS = (["a", "b", "c"], ["x", "y"])


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(cs: list[str], qs: list[str]):
    out = []
    for c in cs:
        head = ask("head " + c)
        for q in qs:
            out.append(ask(head + q))
    return out
