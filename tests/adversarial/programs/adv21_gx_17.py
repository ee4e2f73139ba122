"""Genexp over a list that the items extend while iterating."""

import autoform as af

CAUSE = "genexp iterable grows"
ARGS = (["owls", "cats"],)


def ask(t, q):
    r = af.lm_call([{"role": "user", "content": t}], model="m")
    if len(q) < 4:
        q.append(t + "+")
    return r


def main(items):
    q = list(items)
    out = list(ask(t, q) for t in q)
    return out, q
