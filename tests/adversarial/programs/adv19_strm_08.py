"""Prompt is a string times a count that is a float for one row."""

import autoform as af

CAUSE = "str times float in pre-call"
ARGS = ([("owls", 2), ("cats", 1.5), ("dogs", 1)],)


def main(rows: list):
    out = []
    try:
        for t, n in rows:
            out.append(af.lm_call([{"role": "user", "content": t * n}], model="m"))
    except TypeError as e:
        print("bad:", e)
    return out
