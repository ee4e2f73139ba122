"""A settings tree four dicts deep, read in the loop by its full path from the parameter
(no local alias): the innermost table is a defaultdict."""

import collections

import autoform as af

CAUSE = "defaultdict read inserts"
ARGS = (
    ["owls", "cats", "dogs"],
    {"cache": {"replies": {"seen": {"by_text": collections.defaultdict(list)}}}},
)


def main(items: list, settings: dict):
    out = []
    for t in items:
        n = len(settings["cache"]["replies"]["seen"]["by_text"])
        r = af.lm_call([{"role": "user", "content": f"{t} / {n}"}], model="m")
        out.append(len(settings["cache"]["replies"]["seen"]["by_text"][r]))
    return out
