"""Division by zero on the left of a call in a sum."""

import autoform as af

CAUSE = 5
ARGS = (0,)
FAIL = {"ratio"}


def main(n: int):
    return 10 / n + len(af.lm_call([{"role": "user", "content": "ratio"}], model="m"))
