"""A dict subclass whose __missing__ inserts (a hand-rolled defaultdict), passed in."""

import autoform as af

CAUSE = "missing inserts"


class AutoDict(dict):
    def __missing__(self, key):
        value = self[key] = []
        return value


ARGS = (["owls", "cats", "dogs"], AutoDict())


def main(items: list, index):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} / {len(index)}"}], model="m")
        out.append(len(index[r]))
    return out
