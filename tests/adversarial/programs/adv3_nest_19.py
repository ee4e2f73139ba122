"""The inner body writes into a dict keyed by the inner item only: later outer items overwrite."""

import autoform as af

CAUSE = "nesting"
ARGS = (["a", "b", "c"], ["x", "y"])


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(cs: list[str], qs: list[str]):
    last = {}
    for c in cs:
        for q in qs:
            last[q] = ask(c + q)
    return last
