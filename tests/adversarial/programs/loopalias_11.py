"""A helper reads the length of a module list that the loop body appends to after
its call."""

import autoform as af

CAUSE = "alias"
ARGS = (["a", "b", "c"],)
SEEN = []


def numbered(q):
    return af.lm_call([{"role": "user", "content": str(len(SEEN)) + ". " + q}], model="m")


def main(items: list[str]):
    out = []
    for it in items:
        out.append(numbered(it))
        SEEN.append(it)
    return out
