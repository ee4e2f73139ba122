"""A session argument whose method swaps its cache for a defaultdict (the method is on
the user's class and named `clear`, like dict.clear)."""

import collections

import autoform as af

CAUSE = "user clear method installs defaultdict"


class Session:
    def __init__(self):
        self.cache = {"x": 1}

    def clear(self):
        self.cache = collections.defaultdict(int)


ARGS = (["owls", "cats", "dogs"], Session())


def main(items: list, session):
    session.clear()
    out = {}
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} ({len(session.cache)})"}], model="m")
        out[t] = session.cache[r]
    return out
