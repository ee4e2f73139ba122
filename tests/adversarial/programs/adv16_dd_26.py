"""A nested loop: for each group, the inner loop reads reply keys of an index that main
installed (as a defaultdict) into its argument before the loops."""

import collections

import autoform as af

CAUSE = "nested loops read defaultdict installed in argument"
ARGS = ([["owls", "cats"], ["dogs", "bees"]], {"index": None})


def main(groups: list, state: dict):
    state["index"] = collections.defaultdict(list)
    out = {}
    for g in groups:
        for t in g:
            r = af.lm_call([{"role": "user", "content": f"{t} / {len(state['index'])}"}], model="m")
            out[(g[0], t)] = len(state["index"][r])
    return out
