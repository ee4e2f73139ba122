"""In a helper, the left operand raises before the call on the right."""

import autoform as af

CAUSE = 5
ARGS = ("abc",)
FAIL = {"suffix"}


def combine(word):
    return int(word) + len(af.lm_call([{"role": "user", "content": "suffix"}], model="m"))


def main(word: str):
    return combine(word)
