"""Seen-set dedupe: each item is skipped if its reply was already seen."""

import autoform as af

CAUSE = "set shared across iterations"
ARGS = (["owls", "cats", "owls", "dogs"],)


def main(items: list):
    seen = set()
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": t}], model="m")
        if r in seen:
            continue
        seen.add(r)
        out.append(r)
    return out, sorted(seen)
