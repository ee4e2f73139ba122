"""Results stored in a dict subclass whose __setitem__ logs the key."""

import autoform as af

CAUSE = "dict subclass setitem logs"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


class Audit(dict):
    def __setitem__(self, k, v):
        LOG.append(k)
        super().__setitem__(k, v)


def main(items: list):
    out = Audit()
    for t in items:
        out[t] = af.lm_call([{"role": "user", "content": t}], model="m")
    return dict(out)
