"""Like the deferred read, with the size quoted in a later prompt instead of printed: the
key read of a local defaultdict feeds a call after an unrelated chain of two calls."""

import collections

import autoform as af

CAUSE = "deferred argument read inserts - prompt"
ARGS = ("owls", "cats")


def main(a: str, c: str):
    notes = collections.defaultdict(str)
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    rc = af.lm_call([{"role": "user", "content": c}], model="m")
    rd = af.lm_call([{"role": "user", "content": f"{rc} size={len(notes)}"}], model="m")
    rb = af.lm_call([{"role": "user", "content": "more " + notes[ra[3:7]]}], model="m")
    return rb, rd
