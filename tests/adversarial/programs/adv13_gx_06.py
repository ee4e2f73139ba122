"""sum() over a generator of reply lengths where each prompt reads a module counter that a
helper inside the generator's expression bumps after the call."""

import autoform as af

CAUSE = "sum generator helper bumps counter"
ARGS = (["owls", "cats", "dogs"],)
N = [0]


def bump(r):
    N[0] += 1
    return len(r)


def main(items: list):
    return sum(
        bump(af.lm_call([{"role": "user", "content": f"{t} {N[0]}"}], model="m")) for t in items
    )
