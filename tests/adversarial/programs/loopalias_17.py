"""Two loops share one accumulator through extend; the second loop reads what the
first left."""

import autoform as af

CAUSE = "loop"
ARGS = (["a", "b"],)


def main(items: list[str]):
    out = []
    for it in items:
        out.extend([af.lm_call([{"role": "user", "content": it}], model="m")])
    for it in items:
        out.extend([af.lm_call([{"role": "user", "content": it + str(len(out))}], model="m")])
    return out
