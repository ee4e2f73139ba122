"""A loop reads the list it fills under a condition on the item, true for some
items only."""

import autoform as af

CAUSE = "loop"
ARGS = (["a", "bb", "c", "dd"],)


def main(items: list[str]):
    out = []
    for it in items:
        r = af.lm_call([{"role": "user", "content": it}], model="m")
        if len(it) > 1 and out:
            r = r + " / " + out[-1]
        out.append(r)
    return out
