"""A string argument: the loop walks its characters."""

import autoform as af

CAUSE = "string argument"
ARGS = ("abc",)


def main(items):
    out = []
    for ch in items:
        out.append(af.lm_call([{"role": "user", "content": ch}], model="m"))
    return out
