"""A generator expression with int() inside a call's prompt: the ValueError after an
independent failing call and a print."""

import autoform as af

CAUSE = "deferred"
ARGS = (["1", "x"],)
FAIL = {"boom"}


def main(nums: list[str]):
    a = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    print("between")
    b = af.lm_call([{"role": "user", "content": ",".join(str(int(n)) for n in nums)}], model="m")
    return [a, b]
