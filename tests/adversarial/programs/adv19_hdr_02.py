"""A while test holds a list comprehension of replies: re-evaluated each round."""

import autoform as af

CAUSE = "comprehension in while test"
ARGS = (["owls", "cats"],)


def main(items: list):
    n = 0
    while len([af.lm_call([{"role": "user", "content": f"{t}{n}"}], model="m") for t in items]) > n:
        n += 1
    return n
