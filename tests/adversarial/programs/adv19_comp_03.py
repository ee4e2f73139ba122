"""A comprehension variable shadows a closure variable read by a nested function."""

import autoform as af

CAUSE = "comprehension var vs closure"
ARGS = (["owls", "cats"],)


def main(items: list):
    t = "outer"

    def show():
        return t

    rs = [af.lm_call([{"role": "user", "content": t + show()}], model="m") for t in items]
    return rs, show()
