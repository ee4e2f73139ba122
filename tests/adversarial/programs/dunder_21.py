"""An f-string with a counting __format__ and a reply, used by two later calls via a name."""

import autoform as af

CAUSE = 16
CALLS = []


class Clock:
    def __init__(self):
        self.ticks = 0

    def __format__(self, spec):
        self.ticks += 1
        CALLS.append(self.ticks)
        return f"t{self.ticks}"


ARGS = (Clock(),)


def main(clock):
    a = af.lm_call([{"role": "user", "content": "slow"}], model="m")
    b = af.lm_call([{"role": "user", "content": "fast"}], model="m")
    c = af.lm_call([{"role": "user", "content": a}], model="m")
    stamp = f"{b}@{clock}"
    d = af.lm_call([{"role": "user", "content": stamp}], model="m")
    e = af.lm_call([{"role": "user", "content": stamp + "?"}], model="m")
    return [c, d, e]
