"""`flag and ask(...)` with a falsy flag: no call; the falsy value is the result."""

import autoform as af

CAUSE = 6
ARGS = (0,)


def main(flag: int):
    base = af.lm_call([{"role": "user", "content": "base"}], model="m")
    more = flag and af.lm_call([{"role": "user", "content": "more"}], model="m")
    return [base, more]
