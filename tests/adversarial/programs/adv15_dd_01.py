"""A settings tree four dicts deep whose innermost table is a defaultdict: the loop reads
a reply's key of it, and the prompts quote its size."""

import collections

import autoform as af

CAUSE = "defaultdict read inserts"
ARGS = (
    ["owls", "cats", "dogs"],
    {"cache": {"replies": {"seen": {"by_text": collections.defaultdict(list)}}}},
)


def main(items: list, settings: dict):
    table = settings["cache"]["replies"]["seen"]["by_text"]
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} / {len(table)}"}], model="m")
        out.append(len(table[r]))
    return out, len(table)
