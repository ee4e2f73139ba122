"""sorted() with a key function that counts its calls in module state; each turn's second
call quotes the count."""

import autoform as af

CAUSE = "fan-out key function state"
ARGS = (["owls", "cats", "dogs"],)
CALLS = [0]


def key(s):
    CALLS[0] += 1
    return s


def main(topics: list):
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        ranked = sorted([r, t], key=key)
        out.append(af.lm_call([{"role": "user", "content": f"{ranked[0]} {CALLS[0]}"}], model="m"))
    return out
