"""A helper with a mutable default argument accumulates across the loop's items."""

import autoform as af

CAUSE = 3
ARGS = (["a", "b", "c"],)


def trail(x, acc=[]):  # noqa: B006
    acc.append(x)
    return ",".join(acc)


def main(items: list[str]):
    out = []
    for x in items:
        out.append(af.lm_call([{"role": "user", "content": trail(x)}], model="m"))
    return out
