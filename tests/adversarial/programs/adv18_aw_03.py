"""A plain helper (no LM call) returns an awaitable object."""

import autoform as af

CAUSE = 'helper returns awaitable'
ARGS = ("owls", "cats")


class Later:
    def __await__(self):
        yield from ()
        return "awaited"


def make(x):
    return Later()


def main(a: str, b: str):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    v = make(ra)
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return ra, type(v).__name__, rb
