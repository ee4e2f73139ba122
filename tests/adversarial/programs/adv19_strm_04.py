"""The prompt is a slice computed with an index that is a string for one row."""

import autoform as af

CAUSE = "slice with str index in pre-call"
ARGS = ([("owls", 2), ("cats", "2"), ("dogs", 1)],)


def main(rows: list):
    out = []
    try:
        for text, n in rows:
            out.append(af.lm_call([{"role": "user", "content": text[:n]}], model="m"))
    except TypeError as e:
        print("bad:", e)
    return out
