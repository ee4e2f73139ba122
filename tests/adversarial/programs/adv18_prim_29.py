"""Minimal: a primitive raises GeneratorExit, caught by main; the caught one is not the primitive's (empty message) and the original escapes."""

import autoform as af

CAUSE = 'primitive GeneratorExit caught'
ARGS = ("owls",)


@af.primitive
def stop(x):
    raise GeneratorExit(x)


def main(a: str):
    try:
        stop(a)
    except GeneratorExit as e:
        print("caught", repr(e))
    return af.lm_call([{"role": "user", "content": a}], model="m")
