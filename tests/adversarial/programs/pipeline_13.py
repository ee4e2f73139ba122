"""A Counter updated from each reply's words, and a list of replies sorted by length."""

from collections import Counter

import autoform as af

CAUSE = "pipeline"
ARGS = (["owl", "bat cat", "emu"],)


def main(topics: list[str]):
    words = Counter()
    replies = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        replies.append(r)
    for r in replies:
        words.update(r.split())
    best = sorted(replies, key=len)
    summary = af.lm_call([{"role": "user", "content": best[-1]}], model="m")
    return [words.most_common(2), summary]
