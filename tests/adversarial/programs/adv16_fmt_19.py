"""A module-level defaultdict of placeholders used directly in main with %-formatting on a
reply-derived key; prompts quote its size (an int read first)."""

import collections

import autoform as af

CAUSE = "percent mapping module defaultdict"
ARGS = (["owls", "cats", "dogs"],)
PLACEHOLDERS = collections.defaultdict(str)


def main(items: list):
    out = []
    for t in items:
        n = len(PLACEHOLDERS)
        r = af.lm_call([{"role": "user", "content": f"{t} ph={n}"}], model="m")
        out.append(("<%(" + r[3:7] + ")s>") % PLACEHOLDERS)
    return out
