"""Lambdas made in a loop all see the loop variable's last value (late binding)."""

import autoform as af

CAUSE = "closure"
ARGS = (["x", "y", "z"],)


def main(items: list):
    makers = []
    for it in items:
        makers.append(lambda: it)  # noqa: B023
    out = []
    for mk in makers:
        out.append(af.lm_call([{"role": "user", "content": mk()}], model="m"))
    return out
