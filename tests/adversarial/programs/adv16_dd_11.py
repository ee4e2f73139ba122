"""Rows arrive from a generator (a streaming reader) given as the argument; each row
carries the same shared defaultdict of counts. The entry check cannot look into a
generator without consuming it."""

import collections

import autoform as af

CAUSE = "defaultdict inside generator items"
SHARED = collections.defaultdict(int)
ARGS = (({"q": t, "counts": SHARED} for t in ["owls", "cats", "dogs"]),)


def main(rows):
    out = []
    for row in rows:
        r = af.lm_call(
            [{"role": "user", "content": f"{row['q']} / {len(row['counts'])}"}], model="m"
        )
        out.append(row["counts"][r])
    return out
