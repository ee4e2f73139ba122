"""The inner loop runs over range(len(out)): out grows in the inner body of earlier items."""

import autoform as af

CAUSE = "nesting"
ARGS = (["a", "b", "c"], ["x", "y"])


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(cs: list[str], qs: list[str]):
    out = ["seed"]
    for c in cs:
        for i in range(len(out)):
            out.append(ask(c + str(i)))
    return out
