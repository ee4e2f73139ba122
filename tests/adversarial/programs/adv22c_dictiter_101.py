"""Comprehension over dict.items() of a dict built from replies."""

import autoform as af

CAUSE = "dict iteration after build"
ARGS = (["owls", "cats"],)
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")



def main(items):
    d = {x: len(x) for x in items}
    return {k: ask(f"{k}{v}") for k, v in d.items()}
