"""A callable tagger object (it has __call__) whose counts table is a defaultdict; the
loop reads that table directly at each reply."""

import collections

import autoform as af

CAUSE = "defaultdict read inserts"


class Tagger:
    def __init__(self):
        self.counts = collections.defaultdict(int)

    def __call__(self, text):
        return text.upper()


ARGS = (["owls", "cats", "dogs"], Tagger())


def main(items: list, tagger):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} / {len(tagger.counts)}"}], model="m")
        out.append(tagger.counts[r])
    return out
