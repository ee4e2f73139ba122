"""A user index class whose __getitem__ uses setdefault: reading inserts."""

import autoform as af

CAUSE = "getitem inserts"


class Buckets:
    def __init__(self):
        self._d = {}

    def __getitem__(self, key):
        return self._d.setdefault(key, [])

    def __len__(self):
        return len(self._d)


ARGS = (["owls", "cats", "dogs"], Buckets())


def main(items: list, index):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} / {len(index)}"}], model="m")
        out.append(len(index[r]))
    return out
