"""A memo cache held as a default argument (`cache={}`), a classic idiom: repeats must be
served from it."""

import autoform as af

CAUSE = "default arg cache"
ARGS = (["owls", "cats", "owls", "cats"],)


def ask(t, cache={}):
    if t not in cache:
        cache[t] = af.lm_call([{"role": "user", "content": t}], model="m")
    return cache[t]


def main(items: list):
    out = []
    for t in items:
        out.append(ask(t))
    return out
