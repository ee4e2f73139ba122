"""entry check fails in a method reached through super()"""

import logging

import autoform as af

CAUSE = "entry check fails in a method reached through super()"
ARGS = ("owls", "cats", "x")

class Base:
    def noted(self, t, n: int):
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        logging.warning("got %d", n)
        return r


class Sub(Base):
    def noted(self, t, n: str):
        print("sub", n)
        return super().noted(t, n)


def other(t):
    r = af.lm_call([{"role": "user", "content": "o" + t}], model="m")
    print("other", r)
    return r


def main(a, b, n):
    s = Sub()
    return s.noted(a, n), other(a), s.noted(b, n), other(b)
