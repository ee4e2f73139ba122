"""A list comprehension whose element reads a defaultdict at the reply, prompts quote size."""

import collections

import autoform as af

CAUSE = "defaultdict read inserts"
ARGS = (["owls", "cats", "dogs"],)


def new_index():
    return collections.defaultdict(list)


def ask(q):
    return af.lm_call([{"role": "user", "content": q}], model="m")


def main(items: list):
    idx = new_index()
    return [len(idx[ask(f"{x} / {len(idx)}")]) for x in items]
