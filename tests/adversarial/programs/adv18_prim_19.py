"""A plain helper (no primitive) raises GeneratorExit after a call; main catches it."""

import autoform as af

CAUSE = 'helper GeneratorExit'
ARGS = ("owls", "cats")


def stop(x):
    raise GeneratorExit(x)


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        stop(ra)
    except GeneratorExit as e:
        print("caught", repr(e))
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb
