"""Primitive raising inside an except block: the new error's __context__."""

import autoform as af

CAUSE = "exception context lost in worker thread"
ARGS = ("owls", "cats")
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")



@af.primitive
def parse(text):
    return int(text)


def main(a, b):
    ra = ask(a)
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            v = parse(ra)
        except ValueError as e:
            v = repr(e.__context__)
    rb = ask(b)
    return v, rb
