"""Comprehension: the first item's call fails; the third item's prompt needs int() of a bad
string. Sequential raises the LM failure."""

import autoform as af

CAUSE = "comprehension later value error"
ARGS = (["1", "2", "x"],)
FAIL = ["#1"]


def main(nums: list):
    return [af.lm_call([{"role": "user", "content": f"#{int(n)}"}], model="m") for n in nums]
