"""Helper caches per-thread client in a threading.local; primitive uses it after main warmed it."""

import autoform as af

CAUSE = "threading.local cache per thread"
ARGS = (["owls", "cats", "dogs"],)
LOG = []


def ask(t):
    return af.lm_call([{"role": "user", "content": t}], model="m")


import threading

_local = threading.local()
MADE = []


def client():
    if not hasattr(_local, "c"):
        MADE.append(len(MADE))
        _local.c = {"n": 0}
    return _local.c


@af.primitive
def tool(text):
    c = client()
    c["n"] += 1
    return text + "#" + str(c["n"])


def main(items):
    client()
    out = []
    for x in items:
        out.append(tool(ask(x)))
    return out, len(MADE)
