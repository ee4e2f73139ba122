"""A primitive raises GeneratorExit, uncaught after an earlier call."""

import autoform as af

CAUSE = 'primitive GeneratorExit'
ARGS = ("owls",)


@af.primitive
def stop(x):
    raise GeneratorExit(x)


def main(a: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    return stop(ra)
