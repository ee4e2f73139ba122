"""A primitive is patched to a plain function with mock.patch inside the function."""

from unittest import mock

import autoform as af

CAUSE = 15
ARGS = ("k",)


@af.primitive
def lookup(key: str) -> str:
    return "real " + key


def main(key: str):
    a = lookup(key)
    with mock.patch(f"{__name__}.lookup", lambda k: "patched " + k):
        b = lookup(key)
    return [a, b, af.lm_call([{"role": "user", "content": a + b}], model="m")]
