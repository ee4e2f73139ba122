"""Rows that are the same list twice; the inner body appends the reply to a row's sibling."""

import autoform as af

CAUSE = "nesting"
ARGS = (["a", "b", "c"], ["x", "y"])


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(cs: list[str], qs: list[str]):
    row = list(qs)
    rows = [row, row]
    out = []
    for r in rows:
        for q in r[:2]:
            out.append(ask(q))
        r.append(out[-1] if out else "none")
    return out, rows
