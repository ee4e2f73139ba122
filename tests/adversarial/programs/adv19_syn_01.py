"""A walrus inside a list comprehension binds in main's scope: the last reply is kept."""

import autoform as af

CAUSE = "walrus in comprehension"
ARGS = (["owls", "cats"],)


def main(items: list):
    rs = [(last := af.lm_call([{"role": "user", "content": t}], model="m")) for t in items]
    return rs, last
