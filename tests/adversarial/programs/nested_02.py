"""Two fan-outs in a row: the second over the first's replies."""

import autoform as af

CAUSE = "nesting"
ARGS = (["a", "b", "c"],)


def main(items: list):
    first = []
    for it in items:
        first.append(af.lm_call([{"role": "user", "content": it}], model="m"))
    second = []
    for r in first:
        second.append(af.lm_call([{"role": "user", "content": "again " + r}], model="m"))
    return second
