"""In a loop, a missing key left of the call: item 0's KeyError before item 1's failure."""

import autoform as af

CAUSE = 5
ARGS = ([{"id": "x"}, {"id": "y", "name": "FAIL"}],)
FAIL = {"FAIL"}


def main(rows: list):
    out = []
    for r in rows:
        out.append(r["name"] + af.lm_call([{"role": "user", "content": r["id"]}], model="m"))
    return out
