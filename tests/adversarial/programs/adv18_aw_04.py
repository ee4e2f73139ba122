"""A helper with an LM call returns an awaitable object."""

import autoform as af

CAUSE = 'lm helper returns awaitable'
ARGS = ("owls", "cats")


class Later:
    def __await__(self):
        yield from ()
        return "awaited"


def make(x):
    af.lm_call([{"role": "user", "content": x}], model="m")
    return Later()


def main(a: str, b: str):
    v = make(a)
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return type(v).__name__, rb
