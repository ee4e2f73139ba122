"""A chained comparison in a loop body's condition; the right call is short-circuited."""

import autoform as af

CAUSE = 6
ARGS = ([1, 50, 7],)


def main(nums: list):
    out = []
    for n in nums:
        if 5 < n < len(af.lm_call([{"role": "user", "content": f"max for {n}"}], model="m")):
            out.append(n)
    return out
