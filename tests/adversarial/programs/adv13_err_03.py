"""The first item's reply fails to parse (ValueError in post-processing) while the second
item's call fails at the LM: sequential raises the ValueError and never sends the second."""

import autoform as af

CAUSE = "post error vs later LM failure"
ARGS = (["owls", "cats", "dogs"],)
FAIL = ["cats"]


def main(items: list):
    scores = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        scores.append(int(r.strip("<>").split(":")[1]))
    return scores
