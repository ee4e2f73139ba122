"""A prompt whose __format__ raises, in a chained call; an earlier independent call fails."""

import autoform as af

CAUSE = 16
FAIL = {"x-fails"}


class Bad:
    def __format__(self, spec):
        raise ValueError("cannot format")


ARGS = (Bad(),)


def main(t):
    a = af.lm_call([{"role": "user", "content": "a"}], model="m")
    b = af.lm_call([{"role": "user", "content": "b"}], model="m")
    x = af.lm_call([{"role": "user", "content": "x-fails " + a}], model="m")
    y = af.lm_call([{"role": "user", "content": f"{b} {t}"}], model="m")
    return [x, y]
