"""A blocklist object's __contains__ counts lookups in a global; each reply is checked."""

import autoform as af

CAUSE = "fan-out dunder"
ARGS = (["owls", "cats", "dogs"],)
LOOKUPS = []


class Blocklist:
    def __contains__(self, item):
        LOOKUPS.append(item[-6:])
        return "cats" in item


BLOCK = Blocklist()


def main(topics: list):
    out = []
    for t in topics:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        if r in BLOCK:
            r = "blocked"
        out.append(r)
    return out
