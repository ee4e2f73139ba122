"""Mutable default argument as a hidden accumulator: `remember(x, seen=[])` keeps every
reply; the prompt of each call quotes how many were seen."""

import autoform as af

CAUSE = "mutable default accumulator"
ARGS = (["owls", "cats", "dogs"],)


def remember(x, seen=[]):  # noqa: B006
    seen.append(x)
    return len(seen)


def main(items: list):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        n = remember(r)
        out.append(af.lm_call([{"role": "user", "content": f"{t} #{n}"}], model="m"))
    return out
