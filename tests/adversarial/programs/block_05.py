"""A `while` loop reads a module counter that a helper before it changes."""

import autoform as af

CAUSE = 1
ARGS = ()
BUDGET = [0]


def refill():
    BUDGET[0] = 2


def main():
    a = af.lm_call([{"role": "user", "content": "start"}], model="m")
    refill()
    out = [a]
    while BUDGET[0] > 0:
        out.append(af.lm_call([{"role": "user", "content": f"round {BUDGET[0]}"}], model="m"))
        BUDGET[0] -= 1
    return out
