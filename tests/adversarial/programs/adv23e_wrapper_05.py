"""A class wrapping a ContextVar with its own set method; two helpers write through it."""

import contextvars

import autoform as af

CAUSE = "writer hidden behind a wrapper class method"
ARGS = ("owls", "cats")


class Box:
    def __init__(self):
        self.v = contextvars.ContextVar("adv23e_wrapper_05", default="unset")

    def put(self, x):
        self.v.set(x)

    def take(self):
        return self.v.get()


BOX = Box()


def ask(t):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    BOX.put(t)
    return r


def peek(t):
    return af.lm_call([{"role": "user", "content": t + BOX.take()}], model="m")


def main(a: str, b: str):
    ra = ask(a)
    rb = peek(b)
    return ra, rb, BOX.take()
