"""Walrus in a comprehension: the running total of reply lengths goes into the next
prompt, and the last reply leaks out as `last`."""

import autoform as af

CAUSE = "walrus carry in comprehension"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    total = 0
    lens = [
        (
            total := total
            + len(last := af.lm_call([{"role": "user", "content": f"{t} {total}"}], model="m"))
        )
        for t in items
    ]
    return lens, last
