"""A helper appends to a list it is given, after its call; used in a loop."""

import autoform as af

CAUSE = 3
ARGS = (["w", "x", "y", "z"],)


def ask_and_record(q, seen):
    r = af.lm_call([{"role": "user", "content": q}], model="m")
    seen.append(q)
    return r


def main(items: list):
    seen = []
    out = []
    for it in items:
        out.append(ask_and_record(it, seen))
    return [out, seen]
