"""Straight-line: an iterator over style names is partly consumed by a.startswith(next(styles)) after the
first reply; the second prompt takes the next style, so it must wait."""

import autoform as af

CAUSE = "filter consumes"
ARGS = ("owls",)


def main(topic: str):
    styles = filter(None, ["terse", "", "plain", "odd"])
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    x = a.startswith(next(styles))
    b = af.lm_call([{"role": "user", "content": f"{topic} {list(styles)}"}], model="m")
    return a, x, b
