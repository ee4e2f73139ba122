"""A comprehension after a loop reuses the loop's variable name; the loop's value is read after."""

import autoform as af

CAUSE = 9
ARGS = (["a", "b"],)


def main(items: list):
    out = []
    for it in items:
        out.append(af.lm_call([{"role": "user", "content": it}], model="m"))
    upper = [it.upper() for it in out]
    return [upper, it]
