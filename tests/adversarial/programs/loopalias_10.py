"""In a loop, a helper hands back the accumulator itself and the body appends to
what it got."""

import autoform as af

CAUSE = "alias"
ARGS = (["a", "b", "c"],)


def same(x):
    return x


def main(items: list[str]):
    out = []
    for it in items:
        bucket = same(out)
        bucket.append(af.lm_call([{"role": "user", "content": it + str(len(out))}], model="m"))
    return out
