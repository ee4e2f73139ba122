"""int() raises before any call; the calls after it are independent of it."""

import autoform as af

CAUSE = "deferred"
ARGS = ("seven",)


def main(n: str):
    k = int(n)
    a = af.lm_call([{"role": "user", "content": "a"}], model="m")
    b = af.lm_call([{"role": "user", "content": "b" * k}], model="m")
    return [a, b]
