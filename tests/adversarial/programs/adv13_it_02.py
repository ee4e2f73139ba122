"""Straight-line: an iterator over style names is partly consumed by any(s == a.upper() for s in styles) after the
first reply; the second prompt takes the next style, so it must wait."""

import autoform as af

CAUSE = "any over generator consumes"
ARGS = ("owls",)


def main(topic: str):
    styles = (s.upper() for s in ["terse", "plain", "<m:owls>", "late"])
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    x = any(s == a.upper() for s in styles)
    b = af.lm_call([{"role": "user", "content": f"{topic} {next(styles, 'none')}"}], model="m")
    return a, x, b
