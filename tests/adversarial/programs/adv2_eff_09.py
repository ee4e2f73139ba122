"""A key function that prints, in max() over the replies, then a call with the best."""

import autoform as af

CAUSE = 3
ARGS = (["a", "bb", "ccc"],)


def score(r):
    print("scoring", r)
    return len(r)


def main(items: list[str]):
    replies = [af.lm_call([{"role": "user", "content": x}], model="m") for x in items]
    best = max(replies, key=score)
    other = af.lm_call([{"role": "user", "content": "other"}], model="m")
    return [best, other]
