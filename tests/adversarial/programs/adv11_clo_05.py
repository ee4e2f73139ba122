"""A lambda bound in main records each reply into LOG, called after each call in a loop."""

import autoform as af

CAUSE = "closures"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


def main(topics: list):
    note = lambda r: LOG.append(r[-6:])  # noqa: E731
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        note(r)
        out.append(r)
    return out
