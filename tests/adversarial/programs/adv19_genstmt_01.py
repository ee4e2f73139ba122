"""An if statement's test is any() of a generator expression of replies."""

import autoform as af

CAUSE = "genexp in if test"
ARGS = (["owls", "cats"],)


def main(items: list):
    if any("cats" in af.lm_call([{"role": "user", "content": t}], model="m") for t in items):
        return "yes"
    return "no"
