"""A primitive raises KeyboardInterrupt-like BaseException subclass defined by the program."""

import autoform as af

CAUSE = 'custom BaseException'
ARGS = ("owls", "cats")


class Halt(BaseException):
    pass


@af.primitive
def stop(x):
    raise Halt(x)


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    try:
        stop(ra)
    except Halt as e:
        print("caught", repr(e))
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, rb
