"""A sort key helper prints what it scores; the sorted replies feed a final call."""

import autoform as af

CAUSE = "pipeline"
ARGS = (["owl", "heron", "emu"],)


def score(reply):
    print("scoring", reply)
    return len(reply)


def main(topics: list[str]):
    replies = [af.lm_call([{"role": "user", "content": t}], model="m") for t in topics]
    print("ranking")
    ranked = sorted(replies, key=score)
    return af.lm_call([{"role": "user", "content": ranked[0]}], model="m")
