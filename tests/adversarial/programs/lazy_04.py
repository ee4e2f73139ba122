"""A conditional expression: the call on the branch not taken is not made."""

import autoform as af

CAUSE = 6
ARGS = (False,)


def main(verbose: bool):
    a = af.lm_call([{"role": "user", "content": "base"}], model="m")
    detail = af.lm_call([{"role": "user", "content": "detail " + a}], model="m") if verbose else ""
    return a + detail
