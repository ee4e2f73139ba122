"""StopIteration in genexp item outside try: list() ends the genexp early."""

import autoform as af

CAUSE = "StopIteration in genexp item no try"
ARGS = (["owls", "cats", "dogs"],)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def first(r):
    if "cats" in r:
        raise StopIteration
    return r[0]


def main(items):
    out = list(first(ask(t)) for t in items)
    return out
