"""A loop whose body prints the item: an effect per item, in order."""

import autoform as af

CAUSE = "fanout"
ARGS = (["a", "b", "c"],)


def main(items: list):
    out = []
    for it in items:
        r = af.lm_call([{"role": "user", "content": it}], model="m")
        print("done", it)
        out.append(r)
    return out
