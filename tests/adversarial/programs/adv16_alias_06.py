"""A list reached through `max(..., key=len)` over two local lists (a pure builtin that
returns one of its inputs): the rest appends to the chosen list; the prompt reads the
other name."""

import autoform as af

CAUSE = "alias through max return"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    short = []
    longer = ["seed"]
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} {len(longer)}"}], model="m")
        max(short, longer, key=len).append(r[-5:])
    return longer, short
