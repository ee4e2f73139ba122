"""In a helper, an assert with an LM call as its message; the assertion holds."""

import autoform as af

CAUSE = 6
ARGS = ("fine",)


def checked(x):
    r = af.lm_call([{"role": "user", "content": x}], model="m")
    assert r, af.lm_call([{"role": "user", "content": "explain failure"}], model="m")
    return r


def main(x: str):
    return [checked(x), checked(x + "!")]
