"""A row list contains the same dict twice; each reply is stored into the row and the
prompt reads the previous reply if any."""

import autoform as af

CAUSE = "same dict twice, reads own field"
_ROW = {"t": "owls"}
ARGS = ([_ROW, {"t": "cats"}, _ROW],)


def main(rows: list):
    out = []
    for row in rows:
        row["r"] = af.lm_call([{"role": "user", "content": row["t"] + row.get("r", "")}], model="m")
        out.append(row["r"])
    return out
