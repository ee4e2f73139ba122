"""Primitive raising GeneratorExit in a list comprehension."""

import autoform as af

CAUSE = "GeneratorExit in comp primitive"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


@af.primitive
def check(x):
    LOG.append(x)
    if "cats" in x:
        raise GeneratorExit("g")
    return x


def main(items):
    try:
        out = [check(ask(t)) for t in items]
    except GeneratorExit as e:
        out = repr(e)
    return out, ask("z")
