"""A primitive that raises; its exception's traceback frames named."""

import traceback

import autoform as af

CAUSE = 'primitive tb names'
ARGS = ("owls", "cats")


@af.primitive
def bad(x):
    raise KeyError(x)


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        bad(ra)
    except KeyError as e:
        print([f.name for f in traceback.extract_tb(e.__traceback__)])
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb
