"""An async primitive returns a Later (awaitable) object."""

import autoform as af

CAUSE = 'async primitive returns awaitable'
ARGS = ("owls", "cats")


class Later:
    def __await__(self):
        yield from ()
        return "awaited"


@af.primitive
async def make(x):
    return Later()


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    v = make(ra)
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, type(v).__name__, rb
