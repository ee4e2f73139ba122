"""A generator with prints consumed by a list comprehension passed to a call, after a call
that fails."""

import autoform as af

CAUSE = 8
ARGS = (["a", "b"],)
FAIL = {"boom"}


def gen(items):
    for x in items:
        print("gen", x)
        yield x


def main(items: list[str]):
    a = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    b = af.lm_call([{"role": "user", "content": str([x for x in gen(items)])}], model="m")
    return [a, b]
