"""Unpacking a row fails on the third item, inside a try that catches ValueError."""

import autoform as af

CAUSE = "unpack failure caught around loop"
ARGS = ([("owls", 1), ("cats", 2), ("dogs",), ("emus", 4)],)


def main(rows: list):
    out = []
    try:
        for name, n in rows:
            out.append(af.lm_call([{"role": "user", "content": name * n}], model="m"))
    except ValueError as e:
        print("bad row:", e)
    return out
