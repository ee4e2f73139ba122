"""Default argument of an inner function is an LM call (evaluated at def time)."""

import autoform as af

CAUSE = "default arg lm call"
ARGS = ("owls", "cats")


def main(a: str, b: str):
    print("before")

    def f(x, pre=af.lm_call([{"role": "user", "content": a}], model="m")):
        return pre + x

    r = af.lm_call([{"role": "user", "content": b}], model="m")
    print("after")
    return f(r), f("z")
