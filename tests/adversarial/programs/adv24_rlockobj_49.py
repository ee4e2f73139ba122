"""main holds an RLock kept in an object; the primitive tries to take it too."""

import threading

import autoform as af

CAUSE = "RLock held by caller, reached through object attribute"
ARGS = ("owls", "cats")


class Guard:
    def __init__(self):
        self.lock = threading.RLock()


G = Guard()


@af.primitive
def guarded(text):
    got = G.lock.acquire(timeout=0.2)
    if got:
        G.lock.release()
    return text + "/" + str(got)


def main(a, b):
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    with G.lock:
        v = guarded(ra)
    rb = af.lm_call([{"role": "user", "content": b}], model="m")
    return v, rb
