"""Primitive consulting threading.current_thread() is main thread to pick a mode."""

import autoform as af

CAUSE = "thread identity visible to primitive"
ARGS = ("owls", "cats")
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


import threading

HOME = []


@af.primitive
def mode(text):
    return text + ("/home" if threading.current_thread() is HOME[0] else "/away")


def main(a, b):
    HOME[:] = [threading.current_thread()]
    ra = ask(a)
    m = mode(ra)
    rb = ask(b)
    return m, rb
