"""The inner body's reply is kept in an attribute of the outer item's object."""

import autoform as af

CAUSE = "nesting"
ARGS = (["a", "b", "c"], ["x", "y"])


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


class Row:
    def __init__(self, c):
        self.c = c
        self.cells = []


def main(cs: list[str], qs: list[str]):
    rows = [Row(c) for c in cs]
    rows.append(rows[0])
    for r in rows:
        for q in qs:
            r.cells.append(ask(f"{r.c}{q}{len(r.cells)}"))
    return [r.cells for r in rows]
