"""A hand-rolled memo dict in a module global; repeated topics in a batch hit the cache."""

import autoform as af

CAUSE = "cache"
ARGS = (["owls", "cats", "owls", "dogs", "cats"],)
CACHE = {}
HITS = 0


def ask(q):
    global HITS
    if q in CACHE:
        HITS += 1
        return CACHE[q]
    r = af.lm_call([{"role": "user", "content": q}], model="m")
    CACHE[q] = r
    return r


def main(topics: list):
    out = []
    for t in topics:
        out.append(ask(t))
    return out
