"""ys = xs; ys.sort() sorts xs too; a call reads xs after."""

import autoform as af

CAUSE = "alias"
ARGS = (["c", "a", "b"],)


def main(items: list[str]):
    xs = items
    a = af.lm_call([{"role": "user", "content": ",".join(xs)}], model="m")
    ys = xs
    ys.sort()
    b = af.lm_call([{"role": "user", "content": ",".join(xs)}], model="m")
    return [a, b, items]
