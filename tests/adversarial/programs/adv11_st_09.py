"""A collections.Counter of reply lengths updated after each reply; the prompt quotes the
total so far."""

import collections

import autoform as af

CAUSE = "state"
ARGS = (["owls", "cats", "dogs"],)
SEEN = collections.Counter()


def main(topics: list):
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": f"{t} {SEEN.total()}"}], model="m")
        SEEN.update([len(r)])
        out.append(r)
    return out, dict(SEEN)
