"""Rows of a table: each row gets its reply appended; the prompt counts all cells in the
table, which includes earlier rows' replies."""

import autoform as af

CAUSE = "rows mutated while table read"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    table = [[t] for t in items]
    for row in table:
        cells = sum(len(x) for x in table)
        row.append(
            af.lm_call([{"role": "user", "content": f"{row[0]} ({cells} cells)"}], model="m")
        )
    return table
