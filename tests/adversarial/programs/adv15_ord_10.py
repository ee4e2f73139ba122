"""A key object whose __hash__ logs, used to look up a weight after the first call."""

import autoform as af

CAUSE = "dunder"
LOG = []


class Key:
    def __init__(self, s):
        self.s = s

    def __hash__(self):
        LOG.append("hash " + self.s)
        return hash(self.s)

    def __eq__(self, other):
        return isinstance(other, Key) and other.s == self.s


K = Key("owls")
ARGS = (K, {K: 3})


def main(key, weights):
    a = af.lm_call([{"role": "user", "content": "first"}], model="m")
    LOG.append("after first")
    w = weights[key]
    b = af.lm_call([{"role": "user", "content": f"second {w}"}], model="m")
    return [a, b]
