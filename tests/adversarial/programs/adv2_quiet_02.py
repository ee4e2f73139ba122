"""A helper returns xs[0] of a user sequence whose __getitem__ prints, after an independent
call that fails."""

import autoform as af

CAUSE = 7
FAIL = {"boom"}


class Seq:
    def __getitem__(self, i):
        print("getitem", i)
        return "first"


ARGS = (Seq(),)


def first(xs):
    return xs[0]


def main(items):
    a = af.lm_call([{"role": "user", "content": "boom"}], model="m")
    b = af.lm_call([{"role": "user", "content": first(items)}], model="m")
    return [a, b]
