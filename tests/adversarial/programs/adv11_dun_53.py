"""A ban list holds pattern objects whose __eq__ logs; each reply is checked with `in`."""

import autoform as af

CAUSE = "fan-out dunder"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


class Pattern:
    def __init__(self, word):
        self.word = word

    def __eq__(self, other):
        LOG.append(f"{self.word}?{other[-6:]}")
        return self.word in other


_BANNED = [Pattern("cats")]


def main(topics: list):
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append("banned" if r in _BANNED else r)
    return out
