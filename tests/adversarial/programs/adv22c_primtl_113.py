"""Sync primitive reading a threading.local set by main."""

import autoform as af

CAUSE = "thread-local state in worker-thread primitive"
ARGS = ("owls", "cats")
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


import threading

STATE = threading.local()


@af.primitive
def lookup(text):
    return text + "/" + getattr(STATE, "user", "anon")


def main(a, b):
    STATE.user = "ann"
    ra = ask(a)
    v = lookup(ra)
    rb = ask(b)
    return v, rb
