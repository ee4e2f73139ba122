"""Prompt lowercases a row field that is None for one row (AttributeError)."""

import autoform as af

CAUSE = "method on None in pre-call"
ARGS = ([{"t": "OWLS"}, {"t": None}, {"t": "DOGS"}],)


def main(rows: list):
    out = []
    try:
        for row in rows:
            out.append(af.lm_call([{"role": "user", "content": row["t"].lower()}], model="m"))
    except AttributeError as e:
        print("bad:", e)
    return out
