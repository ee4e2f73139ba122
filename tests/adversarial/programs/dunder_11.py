"""__len__ and __contains__ that log, in a condition between calls."""

import autoform as af

CAUSE = 16
ARGS = ()
LOG = []


class Bag:
    def __len__(self):
        LOG.append("len")
        return 1

    def __contains__(self, x):
        LOG.append("contains")
        return True


def main():
    bag = Bag()
    a = af.lm_call([{"role": "user", "content": "a"}], model="m")
    b = af.lm_call([{"role": "user", "content": "b"}], model="m")
    c = af.lm_call([{"role": "user", "content": f"{a} {'x' in bag} {len(bag)}"}], model="m")
    return [b, c]
