"""Hooks registered in a module list run after each reply; one hook bumps a counter the
prompts quote."""

import autoform as af

CAUSE = "state"
ARGS = (["owls", "cats", "dogs"],)
COUNTS = [0]


def bump(r):
    COUNTS[0] += 1


_HOOKS = [bump]


def main(topics: list):
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": f"{t} {COUNTS[0]}"}], model="m")
        for h in _HOOKS:
            h(r)
        out.append(r)
    return out
