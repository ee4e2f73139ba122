"""Genexp whose if-condition reads state the items mutate."""

import autoform as af

CAUSE = "genexp condition depends on items"
ARGS = (["owls", "cats", "dogs"],)

seen = []


def ask(t):
    seen.append(t)
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items):
    return ",".join(ask(t) for t in items if len(seen) < 2)
