"""A read-only MappingProxyType of the results dict is handed to the prompt builder; the loop
stores each reply in the dict, and the next prompt counts the proxy."""

import types

import autoform as af

CAUSE = "mappingproxy live view"
ARGS = (["owls", "cats", "dogs"],)


def build(t, seen):
    return f"{t} (seen {len(seen)})"


def main(items: list):
    results = {}
    view = types.MappingProxyType(results)
    for t in items:
        results[t] = af.lm_call([{"role": "user", "content": build(t, view)}], model="m")
    return results
