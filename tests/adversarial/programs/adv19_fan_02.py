"""Nested fan-out: for each topic, two styles; both loops collect."""

import autoform as af

CAUSE = "nested collect loops"
ARGS = (["owls", "cats"], ["haiku", "poem"])
FAIL = ["cats/poem"]


def main(items: list, styles: list):
    out = []
    try:
        for t in items:
            row = []
            for s in styles:
                row.append(af.lm_call([{"role": "user", "content": f"{t}/{s}"}], model="m"))
            out.append(row)
    except RuntimeError as e:
        print("failed:", e, len(out))
    return out
