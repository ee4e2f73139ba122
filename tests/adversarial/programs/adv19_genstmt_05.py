"""A match subject is a tuple() of a generator expression of replies."""

import autoform as af

CAUSE = "genexp in match subject"
ARGS = (["owls", "cats"],)


def main(items: list):
    match tuple(af.lm_call([{"role": "user", "content": t}], model="m") for t in items):
        case (a, b):
            return b, a
        case _:
            return None
