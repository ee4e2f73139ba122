"""A generator expression whose first iterable is a reply (evaluated at once, in main)."""

import autoform as af

CAUSE = "genexp first iterable call"
ARGS = ("owls",)


def main(a: str):
    g = (w.upper() for w in af.lm_call([{"role": "user", "content": a}], model="m").split(":"))
    return list(g)
