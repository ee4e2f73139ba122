"""main holds a Condition kept in a dict in an object; the primitive waits on it briefly."""

import threading

import autoform as af

CAUSE = "Condition held by caller inside object attribute dict"
ARGS = ("owls", "cats")


class Sync:
    def __init__(self):
        self.parts = {"cond": threading.Condition()}


S = Sync()


@af.primitive
def peek(text):
    cond = S.parts["cond"]
    try:
        cond.notify_all()
        return text + "/owned"
    except RuntimeError as e:
        return text + "/" + str(e)


def main(a, b):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    with S.parts["cond"]:
        v = peek(ra)
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return v, rb
