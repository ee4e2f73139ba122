"""A primitive raises; a later independent LM call fails too: the primitive's error first."""

import autoform as af

CAUSE = "primitives"
ARGS = ("key",)
FAIL = {"later"}


@af.primitive
def fetch(key: str) -> str:
    raise FileNotFoundError(key)


def main(key: str):
    page = fetch(key)
    answer = af.lm_call([{"role": "user", "content": "later"}], model="m")
    return page + answer
