"""A chained comparison: the second call is made only if the first comparison holds."""

import autoform as af

CAUSE = "lazy"
ARGS = ("owls", "cats")


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(a: str, b: str):
    ok = 100 <= len(ask(a)) <= len(ask(b))
    return ok
