"""A try/except around the call inside the inner body."""

import autoform as af

CAUSE = "nesting"
ARGS = (["a", "b", "c"], ["x", "y"])


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


FAIL = ["b y"]


def main(cs: list[str], qs: list[str]):
    out = []
    for c in cs:
        for q in qs:
            try:
                out.append(ask(c + " " + q))
            except RuntimeError as e:
                print("failed", e)
                out.append(None)
    return out
