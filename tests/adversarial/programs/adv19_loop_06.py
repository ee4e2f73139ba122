"""Closures capturing the loop variable (late binding) collected and called after."""

import autoform as af

CAUSE = "late-binding closures"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    fs = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        fs.append(lambda: (t, r))
    return [f() for f in fs]
