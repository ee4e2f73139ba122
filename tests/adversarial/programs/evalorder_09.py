"""A list display: a validation helper raising before the call in the second slot."""

import autoform as af

CAUSE = 5
ARGS = ("",)
FAIL = {"never"}


def check(x):
    if not x:
        raise ValueError("empty input")
    return x


def main(x):
    return [check(x), af.lm_call([{"role": "user", "content": "never"}], model="m")]
