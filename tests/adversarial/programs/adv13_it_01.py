"""Straight-line: an iterator over style names is partly consumed by a in styles after the
first reply; the second prompt takes the next style, so it must wait."""

import autoform as af

CAUSE = "in consumes iterator"
ARGS = ("owls",)


def main(topic: str):
    styles = iter(["terse", "plain", "odd", "<m:owls>", "late"])
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    x = a in styles
    b = af.lm_call([{"role": "user", "content": f"{topic} {next(styles, 'none')}"}], model="m")
    return a, x, b
