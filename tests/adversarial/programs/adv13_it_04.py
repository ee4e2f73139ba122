"""Straight-line: an iterator over style names is partly consumed by max(styles, default=len(a)) after the
first reply; the second prompt takes the next style, so it must wait."""

import autoform as af

CAUSE = "max consumes map"
ARGS = ("owls",)


def main(topic: str):
    styles = map(len, ["terse", "plain", "odd"])
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    x = max(styles, default=len(a))
    b = af.lm_call([{"role": "user", "content": f"{topic} {list(styles)}"}], model="m")
    return a, x, b
