"""An async primitive raises GeneratorExit, caught by main."""

import autoform as af

CAUSE = 'async primitive GeneratorExit caught'
ARGS = ("owls",)


@af.primitive
async def stop(x):
    raise GeneratorExit(x)


def main(a: str):
    try:
        stop(a)
    except GeneratorExit as e:
        print("caught", repr(e))
    return af.lm_call([{"role": "user", "content": a}], model="m")
