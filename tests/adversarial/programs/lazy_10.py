"""A three-way chained comparison short-circuits at the first false link."""

import autoform as af

CAUSE = 6
ARGS = (5,)


def main(n: int):
    a = af.lm_call([{"role": "user", "content": "size"}], model="m")
    ok = 10 < n < len(af.lm_call([{"role": "user", "content": "limit"}], model="m")) < 1000
    return [a, ok]
