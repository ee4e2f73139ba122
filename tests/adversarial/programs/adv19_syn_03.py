"""A lambda's default is a reply (evaluated at once, in main)."""

import autoform as af

CAUSE = "lambda default call"
ARGS = ("owls", "cats")


def main(a: str, b: str):
    f = lambda x, p=af.lm_call([{"role": "user", "content": a}], model="m"): p + x  # noqa: E731
    y = af.lm_call([{"role": "user", "content": b}], model="m")
    return f(y)
