"""Straight-line: an iterator over style names is partly consumed by styles.append(a) after the
first reply; the second prompt takes the next style, so it must wait."""

import autoform as af

CAUSE = "reversed list iterator after mutation"
ARGS = ("owls",)


def main(topic: str):
    styles = ["terse", "plain"]
    a = af.lm_call([{"role": "user", "content": topic}], model="m")
    x = styles.append(a)
    b = af.lm_call([{"role": "user", "content": f"{topic} {list(reversed(styles))}"}], model="m")
    return a, x, b
