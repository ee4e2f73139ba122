"""[[]] * 3 makes one list three times: a loop appends each reply to its own row."""

import autoform as af

CAUSE = "alias"
ARGS = (["a", "b", "c"],)


def main(items: list[str]):
    rows = [[]] * 3
    for i, x in enumerate(items):
        rows[i].append(af.lm_call([{"role": "user", "content": x}], model="m"))
    return rows
