"""int() of the first reply after a second, independent call that fails."""

import autoform as af

CAUSE = "deferred"
ARGS = ("7",)
FAIL = {"boom"}


def main(n: str):
    a = af.lm_call([{"role": "user", "content": n}], model="m")
    b = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    k = int(a)
    c = af.lm_call([{"role": "user", "content": "x" * k}], model="m")
    return [b, c]
