"""A cache guarded by an RLock: main holds the lock around the call, the document's
`__str__` takes it again (reentrant in one thread)."""

import threading

import autoform as af

CAUSE = "client"
ARGS = ("owls",)
lock = threading.RLock()
CACHE = {"owls": "cached owls"}


class Doc:
    def __init__(self, key):
        self.key = key

    def __str__(self):
        if not lock.acquire(timeout=0.2):
            return "busy " + self.key
        try:
            return CACHE.get(self.key, self.key)
        finally:
            lock.release()

    __repr__ = __str__


def main(q: str):
    with lock:
        a = af.lm_call([{"role": "user", "content": Doc(q)}], model="m")
    b = af.lm_call([{"role": "user", "content": Doc(q + "s")}], model="m")
    return [a, b]
