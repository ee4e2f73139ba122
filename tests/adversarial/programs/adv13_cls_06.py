"""A callable object used as a callback keeps a running count; the pipeline maps it over the
replies with map() and then sends the counts."""

import autoform as af

CAUSE = "callable object map"
ARGS = (["owls", "cats", "dogs"],)


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self, reply):
        self.n += len(reply)
        return self.n


def main(items: list):
    tally = Counter()
    replies = [af.lm_call([{"role": "user", "content": t}], model="m") for t in items]
    totals = list(map(tally, replies))
    follow = [
        af.lm_call([{"role": "user", "content": f"{t} {n}"}], model="m")
        for t, n in zip(items, totals)
    ]
    return follow, tally.n
