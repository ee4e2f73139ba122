"""Primitive re-entering an RLock that main holds around the call."""

import autoform as af

CAUSE = "RLock owned by main thread - primitive runs in another thread"
ARGS = ("owls", "cats")
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


import threading

LOCK = threading.RLock()


@af.primitive
def cached(text):
    got = LOCK.acquire(timeout=0.5)
    try:
        return text.upper() if got else "busy"
    finally:
        if got:
            LOCK.release()


def main(a, b):
    ra = ask(a)
    with LOCK:
        v = cached(ra)
    rb = ask(b)
    return v, rb
