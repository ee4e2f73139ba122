"""A lookup table's __getitem__ logs; each turn looks up a label for its reply."""

import autoform as af

CAUSE = "fan-out dunder"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


class Labels:
    def __getitem__(self, key):
        LOG.append("label " + key)
        return key.upper()


def main(topics: list):
    labels = Labels()
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        out.append((labels[t], r))
    return out
