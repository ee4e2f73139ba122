"""operator.methodcaller appends each reply to a shared list; the count goes in a prompt."""

import operator

import autoform as af

CAUSE = "fan-out methodcaller"
ARGS = (["owls", "cats", "dogs"],)


def main(topics: list):
    seen = []
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        operator.methodcaller("append", r)(seen)
        out.append(af.lm_call([{"role": "user", "content": f"{r} {len(seen)}"}], model="m"))
    return out
