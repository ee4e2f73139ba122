"""Straight-line: an iterator over style names is partly consumed by dict(zip(a[:2], styles)) after the
first reply; the second prompt takes the next style, so it must wait."""

import autoform as af

CAUSE = "enumerate iterator consumed"
ARGS = ("owls",)


def main(topic: str):
    styles = enumerate(["terse", "plain", "odd"])
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    x = dict(zip(a[:2], styles))
    b = af.lm_call([{"role": "user", "content": f"{topic} {list(styles)}"}], model="m")
    return a, x, b
