"""A vars()-style namespace dict for a mail-merge, a defaultdict so missing fields render
blank; a comprehension merges each reply's field name; later prompts count the fields."""

import collections

import autoform as af

CAUSE = "format_map in comprehension"
ARGS = (["owls", "cats", "dogs"],)


def main(items: list):
    fields = collections.defaultdict(str)
    counts = []
    merged = []
    for t in items:
        c = len(fields)
        counts.append(c)
        reply = af.lm_call([{"role": "user", "content": f"merge {t} ({c} fields)"}], model="m")
        merged.append(
            "Dear {%s}," % reply[3:9] and ("Dear {" + reply[3:9] + "},").format_map(fields)
        )
    return merged, counts
