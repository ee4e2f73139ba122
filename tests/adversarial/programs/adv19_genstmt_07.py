"""A with header takes a joined generator expression of replies."""

import contextlib

import autoform as af

CAUSE = "genexp in with header"
ARGS = (["owls", "cats"],)


def main(items: list):
    with contextlib.nullcontext(
        " ".join(af.lm_call([{"role": "user", "content": t}], model="m") for t in items)
    ) as s:
        return s
