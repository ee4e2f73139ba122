"""Two helpers that call each other (mutual recursion), both asking the model."""

import autoform as af

CAUSE = 14
ARGS = (3,)


def even(n):
    if n == 0:
        return "even"
    af.lm_call([{"role": "user", "content": f"even {n}"}], model="m")
    return odd(n - 1)


def odd(n):
    if n == 0:
        return "odd"
    af.lm_call([{"role": "user", "content": f"odd {n}"}], model="m")
    return even(n - 1)


def main(n: int):
    return even(n)
