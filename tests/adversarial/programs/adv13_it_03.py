"""Straight-line: an iterator over style names is partly consumed by [s for s in zip(styles, a[:1])] after the
first reply; the second prompt takes the next style, so it must wait."""

import autoform as af

CAUSE = "for-break consumes"
ARGS = ("owls",)


def main(topic: str):
    styles = iter(["terse", "plain", "odd"])
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    x = [s for s in zip(styles, a[:1])]
    b = af.lm_call([{"role": "user", "content": f"{topic} {list(styles)}"}], model="m")
    return a, x, b
