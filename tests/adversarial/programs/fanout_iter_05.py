"""enumerate() over a generator that raises; the items before it succeed: its error wins."""

import autoform as af

CAUSE = 8
ARGS = ()


def rows():
    yield "r0"
    yield "r1"
    raise EOFError("truncated file")


def main():
    table = {}
    for i, r in enumerate(rows()):
        table[i] = af.lm_call([{"role": "user", "content": r}], model="m")
    return table
