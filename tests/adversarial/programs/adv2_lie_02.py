"""topic: str is given an object whose __str__ raises; str(topic) in a call after an
independent call that fails."""

import autoform as af

CAUSE = 7


class Bad:
    def __str__(self):
        raise ValueError("no str")


ARGS = (Bad(),)
FAIL = {"boom"}


def main(topic: str):
    a = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    b = af.lm_call([{"role": "user", "content": str(topic)}], model="m")
    return [a, b]
