"""warnings.warn in a fanned-out loop, one per reply: the warnings in item order."""

import warnings

import autoform as af

CAUSE = "output"
ARGS = (["a", "b", "c", "d"],)


def main(items: list[str]):
    out = []
    for x in items:
        r = af.lm_call([{"role": "user", "content": x}], model="m")
        warnings.warn("reply " + r)  # noqa: B028
        out.append(r)
    return out
