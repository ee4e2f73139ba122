"""The loop removes each item from the list it iterates: every other item is skipped."""

import autoform as af

CAUSE = 8
ARGS = (["a", "b", "c", "d"],)


def main(items: list[str]):
    xs = list(items)
    out = []
    for x in xs:
        out.append(af.lm_call([{"role": "user", "content": x}], model="m"))
        xs.remove(x)
    return [out, xs]
