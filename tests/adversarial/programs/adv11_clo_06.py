"""A nested function closes over a local list; called after each reply it appends, and
the prompt quotes the list's length."""

import autoform as af

CAUSE = "closures"
ARGS = (["owls", "cats", "dogs"],)


def main(topics: list):
    seen = []

    def keep(r):
        seen.append(r)

    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": f"{t} {len(seen)}"}], model="m")
        keep(r)
        out.append(r)
    return out
