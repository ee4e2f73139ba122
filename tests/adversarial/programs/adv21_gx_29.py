"""join of a genexp with a nested genexp item yielding str."""

import autoform as af

CAUSE = "nested join"
ARGS = (["owls", "cats"],)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items):
    return ";".join(",".join(ask(t + c) for c in t[:2]) for t in items)
