"""Results cached in a dict across items: duplicate items reuse the cached reply; a cache-hit
count is printed at the end."""

import autoform as af

CAUSE = "dict cache"
ARGS = (["owls", "cats", "owls", "dogs", "cats"],)
CACHE = {}


def ask(t):
    if t in CACHE:
        print("hit", t)
        return CACHE[t]
    print("miss", t)
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    CACHE[t] = r
    return r


def main(items: list):
    out = [ask(t) for t in items]
    print("cached", len(CACHE))
    return out
