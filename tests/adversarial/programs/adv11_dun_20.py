"""A store's __setitem__ logs; each turn stores its reply under its topic."""

import autoform as af

CAUSE = "dunder"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


class Store(dict):
    def __setitem__(self, k, v):
        LOG.append("store " + k)
        super().__setitem__(k, v)


def main(topics: list):
    s = Store()
    for t in topics:
        s[t] = af.lm_call([{"role": "user", "content": t}], model="m")
    return dict(s)
