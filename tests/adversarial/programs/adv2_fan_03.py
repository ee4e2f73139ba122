"""Each item's prompt reads the slot the item before wrote (items[i - 1]): a chain through
the list."""

import autoform as af

CAUSE = "loopalias"
ARGS = (["a", "b", "c"],)


def main(items: list[str]):
    xs = list(items)
    for i in range(len(xs)):
        src = xs[i - 1] if i else xs[i]
        xs[i] = af.lm_call([{"role": "user", "content": src}], model="m")
    return xs
