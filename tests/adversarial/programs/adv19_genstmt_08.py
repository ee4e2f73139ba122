"""A for loop walks sorted() of a generator expression of replies."""

import autoform as af

CAUSE = "genexp in sorted loop source"
ARGS = (["owls", "cats"],)


def main(items: list):
    out = []
    for r in sorted(af.lm_call([{"role": "user", "content": t}], model="m") for t in items):
        out.append(r)
    return out
