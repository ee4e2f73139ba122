"""A while loop's test is any() over a generator expression of replies."""

import autoform as af

CAUSE = "genexp in while test"
ARGS = (["owls", "cats"],)


def main(items: list):
    n = 0
    while n < 2 and any(
        af.lm_call([{"role": "user", "content": t + str(n)}], model="m") for t in items
    ):
        n += 1
    return n
