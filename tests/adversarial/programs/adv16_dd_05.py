"""A module helper (visible to the compiler) installs a defaultdict on the argument
object before the loop; the entry check saw a plain dict."""

import collections

import autoform as af

CAUSE = "defaultdict installed on argument after entry"


class Stats:
    def __init__(self):
        self.table = {}


def prepare(s):
    s.table = collections.defaultdict(list)


ARGS = (["owls", "cats", "dogs"], Stats())


def main(items: list, stats):
    prepare(stats)
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} / {len(stats.table)}"}], model="m")
        out.append(len(stats.table[r]))
    return out
