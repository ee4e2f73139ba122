"""A label iterator made in main is advanced (next with a default) in each item's prompt;
the first reply also advances it once more when it is long."""

import autoform as af

CAUSE = "shared iterator advanced in items"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    labels = iter(["A", "B", "C", "D", "E"])
    out = []
    for t in items:
        lab = next(labels, "?")
        r = af.lm_call([{"role": "user", "content": f"{lab}: {t}"}], model="m")
        if len(r) > 11:
            next(labels, None)
        out.append(r)
    return out
