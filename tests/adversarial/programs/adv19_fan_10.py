"""A loop over a list of dicts; each reply stored into the item's dict and collected."""

import autoform as af

CAUSE = "store into item dict"
ARGS = ([{"t": "owls"}, {"t": "cats"}],)


def main(rows: list):
    out = []
    for row in rows:
        row["r"] = af.lm_call([{"role": "user", "content": row["t"]}], model="m")
        out.append(row)
    return out, rows
