"""A name bound only on a branch not taken: UnboundLocalError names it."""

import autoform as af

CAUSE = 12
ARGS = (False,)


def main(go: bool):
    answer = af.lm_call([{"role": "user", "content": "first"}], model="m")
    if go:
        answer = af.lm_call([{"role": "user", "content": "again"}], model="m")
        extra = answer
    return answer + extra
