"""Prompt is str.join of a row that contains an int for one row."""

import autoform as af

CAUSE = "join with int in pre-call"
ARGS = ([["owls", "a"], ["cats", 2], ["dogs", "b"]],)


def main(rows: list):
    out = []
    try:
        for row in rows:
            out.append(af.lm_call([{"role": "user", "content": "-".join(row)}], model="m"))
    except TypeError as e:
        print("bad:", e)
    return out
