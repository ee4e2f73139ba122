"""map(int, ...) over strings raises on a bad one after earlier calls."""

import autoform as af

CAUSE = "iterable raising mid-iteration"
ARGS = (["1", "2", "x", "4"],)
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")



def main(nums):
    return [ask(str(n * 2)) for n in map(int, nums)]
