"""A parameter annotated dict[str, str] is given a defaultdict(str): the loop reads reply keys of it
and the prompts quote its size."""

import collections

import autoform as af

CAUSE = "annotated mapping is a defaultdict"
ARGS = (["owls", "cats", "dogs"], collections.defaultdict(str, {"x": "y"}))


def main(items: list[str], table: dict[str, str]):
    out = []
    for t in items:
        r = af.lm_call([{"role": "user", "content": f"{t} / {len(table)}"}], model="m")
        out.append(table[r])
    return out
