"""A for loop over enumerate() of a generator expression of replies."""

import autoform as af

CAUSE = "genexp in enumerate loop source"
ARGS = (["owls", "cats"],)


def main(items: list):
    out = []
    for i, r in enumerate(af.lm_call([{"role": "user", "content": t}], model="m") for t in items):
        out.append((i, r))
    return out
