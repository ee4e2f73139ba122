"""A for loop's else clause... the source is filter() of a generator of replies."""

import autoform as af

CAUSE = "genexp in filter loop source"
ARGS = (["owls", "cats"],)


def main(items: list):
    out = []
    for r in filter(None, (af.lm_call([{"role": "user", "content": t}], model="m") for t in items)):
        out.append(r)
    return out
