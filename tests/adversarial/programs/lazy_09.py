"""A conditional expression with a helper that asks on the branch not taken."""

import autoform as af

CAUSE = 6
ARGS = ("cached answer",)


def fresh(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(cached: str):
    a = fresh("always")
    b = cached if cached else fresh("only when not cached")
    return a + b
