"""The left operand (int of a bad string) raises before the call on the right; caught."""

import autoform as af

CAUSE = "eval order"
ARGS = (["3", "x", "5"],)


def main(raws: list):
    out = []
    for raw in raws:
        try:
            score = int(raw) + len(
                af.lm_call([{"role": "user", "content": f"score {raw}"}], model="m")
            )
        except ValueError:
            score = -1
        out.append(score)
    return out
