"""Nested comprehension where the inner source depends on the outer reply."""

import autoform as af

CAUSE = "nested comp dependent source"
ARGS = (["owls", "cats"],)


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


def main(items: list):
    return [[ask(c) for c in ask(t)[3:5]] for t in items]
