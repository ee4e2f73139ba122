"""A match guard holds a list comprehension of replies: only for the matching case."""

import autoform as af

CAUSE = "comprehension in match guard"
ARGS = (["owls", "cats"],)


def main(items: list):
    match items:
        case [a] if [af.lm_call([{"role": "user", "content": t}], model="m") for t in items]:
            return "one"
        case [a, b] if [
            af.lm_call([{"role": "user", "content": t + "!"}], model="m") for t in items
        ]:
            return "two " + a + b
        case _:
            return "many"
