"""A call whose argument is a key read of a local defaultdict (a read that cannot fail,
so it may start as soon as its input exists): the read inserts the key, and a print of
the table size placed before it (after another call) must not see the insertion."""

import collections

import autoform as af

CAUSE = "deferred argument read inserts"
ARGS = ("owls", "cats")


def main(a: str, c: str):
    notes = collections.defaultdict(str, {"seed": "s"})
    ra = af.lm_call([{"role": "user", "content": a}], model="m")
    rc = af.lm_call([{"role": "user", "content": c + " " + a}], model="m")
    print("fields before:", len(notes), len(rc))
    rb = af.lm_call([{"role": "user", "content": "more " + notes[ra[3:7]]}], model="m")
    return ra, rb, sorted(notes)
