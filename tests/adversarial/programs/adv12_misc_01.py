"""Per-item handlers picked from a dict by the reply's length parity; both mutate one shared
list, and each second call quotes its length."""

import autoform as af

CAUSE = "fan-out dict of callbacks"
ARGS = (["owls", "cats", "dogs", "bees"],)
SEEN = []


def even(r):
    SEEN.append(r)
    return len(SEEN)


def odd(r):
    SEEN.append(r.upper())
    return len(SEEN)


_HANDLERS = {0: even, 1: odd}


def main(topics: list):
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        n = _HANDLERS[len(r) % 2](r)
        out.append(af.lm_call([{"role": "user", "content": f"{r} {n}"}], model="m"))
    return out
