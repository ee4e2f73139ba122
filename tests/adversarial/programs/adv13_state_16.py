"""A nested defaultdict of counters, read (not written) per reply in a loop that collects;
then the number of inner keys is reported."""

import collections

import autoform as af

CAUSE = "defaultdict read inserts"
ARGS = (["owls", "cats", "dogs"],)
STATS = {"replies": collections.defaultdict(int)}  # (a repr with no address in it)


def main(items: list):
    seen = [
        STATS["replies"][
            af.lm_call([{"role": "user", "content": f"{t} {len(STATS['replies'])}"}], model="m")
        ]
        for t in items
    ]
    return seen, sorted(STATS["replies"])
